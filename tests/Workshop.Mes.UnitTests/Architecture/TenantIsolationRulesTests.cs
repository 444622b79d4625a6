using System.Text.RegularExpressions;
using Workshop.Mes.Testing;

namespace Workshop.Mes.UnitTests.Architecture;

/// <summary>
/// Raw SQL and <c>IgnoreQueryFilters</c> step around the EF query filter that keeps workshops apart, so they
/// live only in a short list of files, each with its reason. Adding one anywhere else fails here.
/// </summary>
public sealed partial class TenantIsolationRulesTests
{
    /// <summary>The allow-list: file (from the repository root) and why it may.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowList = new Dictionary<string, string>
    {
        ["src/Workshop.Mes.Infrastructure/Database/DatabaseSecurity.cs"] = "creates the app role, grants and row-level security policies as the owner",
        ["src/Workshop.Mes.Infrastructure/Database/WorkshopConnectionInterceptor.cs"] = "sets the workshop, user and pairing code on each connection for row-level security",
        ["src/Workshop.Mes.Infrastructure/Database/Embedded/EmbeddedPostgres.cs"] = "creates the database of the private cluster",
        ["src/Workshop.Mes.Web/Features/Tenancy/MemberResolver.cs"] = "a user's own memberships across workshops; row-level security limits them to mes.user_id",
        ["src/Workshop.Mes.Web/Features/Identity/PasswordTries.cs"] = "counts a password try and locks the account in one UPDATE … RETURNING, so tries sent at once cannot lose a count; accounts hold no workshop data",
        ["src/Workshop.Mes.Web/Features/Tablets/PairingRedemption.cs"] = "a tablet that does not know its workshop yet finds its pairing by code; row-level security shows only that pairing",
        ["src/Workshop.Mes.Web/Features/WorkOrders/WorkOrderProduction.cs"] = "locks the work order's row (SELECT … FOR UPDATE) while a floor event is applied, so events on one order sent at once are applied one after another; inside the workshop's row-level security",
        ["src/Workshop.Mes.Web/Features/Changes/ChangePublisher.cs"] = "sends what happened with SELECT pg_notify(…) in the writer's own transaction (ADR 0060), so it is heard only if the change commits; a notification reads and writes no table",
        ["src/Workshop.Mes.Web/Features/Changes/ChangeListener.cs"] = "LISTENs on the change channel on a dedicated connection outside EF (ADR 0060); LISTEN reads and writes no table",
        ["src/Workshop.Mes.Web/Features/Tablets/FloorSignInService.cs"] = "locks the worker's row (SELECT … FOR UPDATE) while a PIN is counted, so PINs guessed at once are each counted; inside the workshop's filter",
        ["src/Workshop.Mes.Web/Features/Dashboard/DashboardVisits.cs"] = "notes a visit with INSERT … ON CONFLICT DO NOTHING, so two tabs opened at once make one row; the row names its workshop and row-level security checks it",
        ["src/Workshop.Mes.Web/Features/Dashboard/RollupUpserts.cs"] = "adds to a rollup row with INSERT … ON CONFLICT DO UPDATE so events for one bucket at once cannot lose an increment, and takes the workshop's rollup advisory lock; the row names its workshop and row-level security checks it",
    };

    [Fact]
    public void Only_allow_listed_files_use_raw_sql_or_ignore_query_filters()
    {
        var offenders = SourceFiles()
            .Where(file => Bypass().IsMatch(File.ReadAllText(RepositoryFiles.PathOf(file))))
            .Where(file => !AllowList.ContainsKey(file))
            .ToList();

        offenders.ShouldBeEmpty("raw SQL or IgnoreQueryFilters outside the allow-list");
    }

    [Fact]
    public void Every_allow_listed_file_still_needs_its_place()
    {
        var stale = AllowList.Keys.Where(file => !File.Exists(RepositoryFiles.PathOf(file)) || !Bypass().IsMatch(File.ReadAllText(RepositoryFiles.PathOf(file))));

        stale.ShouldBeEmpty("allow-list entries that no longer use raw SQL or IgnoreQueryFilters");
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/Migrations/", StringComparison.Ordinal));

    [GeneratedRegex(@"IgnoreQueryFilters|ExecuteSql|SqlQuery|FromSql|NpgsqlCommand|CreateCommand\(|CommandText|NpgsqlBatch")]
    private static partial Regex Bypass();
}
