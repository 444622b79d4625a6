using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// Brings every workshop's weekly evaluations up to date: shortly after the app starts and then every hour (a new
/// week is evaluated in the first hour after it ends). Off with <c>Assessment:WeeklyEvaluations=false</c>; the host
/// command <c>evaluate-stages</c> does the same on demand.
/// </summary>
internal sealed class WeeklyEvaluationJob(IServiceProvider services, IConfiguration configuration, ILogger<WeeklyEvaluationJob> logger) : BackgroundService
{
    public static readonly AuditActor Actor = new(ActorKind.System, null, "weekly evaluation");
    private static readonly TimeSpan _every = TimeSpan.FromHours(1);
    private static readonly TimeSpan _afterStart = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Assessment:WeeklyEvaluations", true))
        {
            return;
        }

        try
        {
            await Task.Delay(_afterStart, stoppingToken);
            using var timer = new PeriodicTimer(_every);
            do
            {
                await RunOnceAsync(services, null, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Weekly evaluations stopped with the app");
        }
    }

    /// <summary>Catches up every workshop (or the one named); a workshop that fails is logged and the others go on.</summary>
    public static async Task<IReadOnlyList<(string Slug, int Added)>> RunOnceAsync(IServiceProvider services, string? slug, CancellationToken cancellationToken)
    {
        List<WorkshopRef> workshops;
        await using (var platform = services.GetRequiredService<MesContexts>().ForPlatform())
        {
            workshops = await WorkshopReads.Workshops(platform).Where(w => slug == null || w.Slug == slug).OrderBy(w => w.Slug)
                .Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone)).ToListAsync(cancellationToken);
        }

        var done = new List<(string, int)>();
        var logger = services.GetRequiredService<ILogger<WeeklyEvaluationJob>>();
        foreach (var workshop in workshops)
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                var added = await scope.ServiceProvider.GetRequiredService<WeeklyEvaluations>()
                    .CatchUpAsync(new WorkshopMember(workshop, WorkshopRole.Owner, Actor), cancellationToken);
                done.Add((workshop.Slug, added));
                if (added > 0)
                {
                    logger.LogInformation("Evaluated {Weeks} weeks of {Workshop}", added, workshop.Slug);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Weekly evaluation of {Workshop} failed", workshop.Slug);
            }
        }

        if (slug is null)
        {
            // Every workshop is up to date: the peer groups are recomputed from the latest evaluations.
            await using var scope = services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<PeerBenchmarks>().ComputeAsync(cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "Peer benchmarks failed");
            }
        }

        return done;
    }
}
