using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// Notes that a person opened the dashboard or the late-order view today (once a day per person and view), and
/// answers in how many weeks they did: the stage assessment's evidence that the figures are read (S3-AD-01, S3-OI-05).
/// </summary>
[ModuleSurface]
internal sealed class DashboardVisits(MesContexts contexts, TimeProvider clock, ILogger<DashboardVisits> logger)
{
    public async Task RecordAsync(WorkshopMember member, string view, CancellationToken cancellationToken)
    {
        if (member.UserId is not { } userId)
        {
            return;
        }

        var day = member.Workshop.Today(clock);
        try
        {
            await using var db = member.OpenData(contexts);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO dashboard.dashboard_visits (id, workshop_id, user_id, view, day) VALUES ({Guid.CreateVersion7()}, {member.Workshop.Id}, {userId}, {view}, {day}) ON CONFLICT DO NOTHING",
                cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Noting a visit must never stop the page from showing.
            logger.LogWarning(failure, "Could not note a visit to {View}", view);
        }
    }

    /// <summary>The visits to the given views by anyone in the workshop between two days, one per person, view and day.</summary>
    public static IQueryable<DashboardVisit> Between(MesDbContext db, DateOnly from, DateOnly to) =>
        db.DashboardVisits.AsNoTracking().Where(v => v.Day >= from && v.Day <= to);
}
