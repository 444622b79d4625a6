using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// <c>rebuild-rollups [--workshop &lt;slug&gt;]</c>: recomputes the rollups from the raw records, one transaction per
/// workshop (every workshop without <c>--workshop</c>), and says what it did per workshop; an unknown workshop or a
/// stray argument exits with 2 and says why on the error stream.
/// </summary>
internal static class RebuildRollupsCommand
{
    public const string Name = "rebuild-rollups";
    public const int BadArguments = 2;

    private static readonly AuditActor _commandLine = new(ActorKind.System, null, "command line");

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? slug = null;
        if (args.Count == 3 && args[1] == "--workshop" && !string.IsNullOrWhiteSpace(args[2]))
        {
            slug = args[2].Trim().ToLowerInvariant();
        }
        else if (args.Count != 1)
        {
            await error.WriteLineAsync("Usage: rebuild-rollups [--workshop <slug>]");
            return BadArguments;
        }

        List<WorkshopRef> workshops;
        await using (var platform = services.GetRequiredService<MesContexts>().ForPlatform())
        {
            workshops = await WorkshopReads.Workshops(platform).Where(w => slug == null || w.Slug == slug).OrderBy(w => w.Slug)
                .Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone)).ToListAsync(cancellationToken);
        }

        if (slug is not null && workshops.Count == 0)
        {
            await error.WriteLineAsync($"No workshop '{args[2]}'; nothing was rebuilt.");
            return BadArguments;
        }

        var rebuild = services.GetRequiredService<RollupRebuild>();
        foreach (var workshop in workshops)
        {
            // Whoever runs the host command holds the server, so they act as the workshop's owner.
            var done = await rebuild.RebuildAsync(new WorkshopMember(workshop, WorkshopRole.Owner, _commandLine), cancellationToken);
            await output.WriteLineAsync(
                $"{workshop.Slug}: {done.RowsWritten} rollup rows written ({done.RowsRemoved} replaced) from {done.ProductionEvents} production events, {done.DefectRecords} defect records and {done.Downtimes} ended downtimes.");
        }

        return 0;
    }
}
