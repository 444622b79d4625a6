using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.UnitTests.Architecture;

/// <summary>The README's role table is what the services enforce; this keeps the two from drifting apart.</summary>
public sealed class PermissionsDocumentationTests
{
    [Fact]
    public void The_readme_shows_the_role_matrix_exactly_as_the_code_enforces_it()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");

        readme.ShouldContain(MatrixTable(), customMessage: "README.md's role table differs from Permissions; paste:\n" + MatrixTable());
    }

    [Fact]
    public void Owners_may_do_everything_except_change_the_append_only_audit_trail()
    {
        foreach (var area in Enum.GetValues<Area>().Where(a => a != Area.Audit))
        {
            Enum.GetValues<Operation>().ShouldAllBe(op => Permissions.Allows(WorkshopRole.Owner, area, op), area.ToString());
        }

        Permissions.Allows(WorkshopRole.Owner, Area.Audit, Operation.Change).ShouldBeFalse();
        Permissions.Allows(WorkshopRole.Owner, Area.Audit, Operation.Delete).ShouldBeFalse();
    }

    [Fact]
    public void Workers_and_consultants_never_manage_people_tablets_or_keys()
    {
        foreach (var role in new[] { WorkshopRole.Worker, WorkshopRole.Consultant })
        {
            foreach (var area in new[] { Area.People, Area.Tablets, Area.ApiKeys, Area.Audit })
            {
                Enum.GetValues<Operation>().ShouldAllBe(op => !Permissions.Allows(role, area, op), $"{role} {area}");
            }
        }
    }

    [Fact]
    public void Workers_record_stock_received_and_issued_but_never_correct_it()
    {
        // Adjustments, counts and transfers need Change in Inventory (ADR 0029).
        Permissions.Allows(WorkshopRole.Worker, Area.Inventory, Operation.Create).ShouldBeTrue();
        Permissions.Allows(WorkshopRole.Worker, Area.Inventory, Operation.Change).ShouldBeFalse();
    }

    private static string MatrixTable()
    {
        var roles = Enum.GetValues<WorkshopRole>();
        var lines = new List<string>
        {
            "| Area | " + string.Join(" | ", roles) + " |",
            "|---|" + string.Concat(roles.Select(_ => "---|")),
        };
        foreach (var area in Enum.GetValues<Area>())
        {
            var cells = roles.Select(role =>
            {
                var allowed = Enum.GetValues<Operation>().Where(op => Permissions.Allows(role, area, op)).Select(op => op.ToString().ToLowerInvariant()).ToList();
                return allowed.Count == 0 ? "—" : string.Join(", ", allowed);
            });
            lines.Add($"| {area} | " + string.Join(" | ", cells) + " |");
        }

        return string.Join("\n", lines) + "\n";
    }
}
