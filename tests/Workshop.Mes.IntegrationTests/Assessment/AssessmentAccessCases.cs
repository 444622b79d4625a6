using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// The assessment's inputs: everyone who may read the area reads them; the owner alone answers and sets goals; a
/// consultant alone verifies and confirms the profile (ADR 0080).
/// </summary>
internal sealed class AssessmentAccessCases : IEndpointAccessCases
{
    private static readonly HashSet<WorkshopRole> _owner = [WorkshopRole.Owner];
    private static readonly HashSet<WorkshopRole> _consultant = [WorkshopRole.Consultant];

    public IEnumerable<EndpointCase> Cases =>
    [
        Get("/api/v1/assessment/catalogue", _ => Task.FromResult("/api/v1/assessment/catalogue")),
        Get("/api/v1/assessment/profile", _ => Task.FromResult("/api/v1/assessment/profile")),
        Send("PUT", "/api/v1/assessment/profile", Operation.Change, null, _ => Task.FromResult(("/api/v1/assessment/profile", (object?)new ProfileRequest("C14", 5, 40, "창신동 봉제", null)))),
        Send("POST", "/api/v1/assessment/profile/confirm", Operation.Change, _consultant, async a =>
        {
            await ProfileAsync(a);
            return ("/api/v1/assessment/profile/confirm", null);
        }),
        Get("/api/v1/assessment/answers", _ => Task.FromResult("/api/v1/assessment/answers")),
        Send("PUT", "/api/v1/assessment/answers/{indicatorId}", Operation.Change, _owner, _ => Task.FromResult(("/api/v1/assessment/answers/S1-SL-01", (object?)new AnswerRequest(3)))),
        Send("DELETE", "/api/v1/assessment/answers/{indicatorId}", Operation.Delete, _owner, _ => Task.FromResult(("/api/v1/assessment/answers/S1-SL-01", (object?)null))),
        Send("PUT", "/api/v1/assessment/verifications/{indicatorId}", Operation.Change, _consultant, _ => Task.FromResult(("/api/v1/assessment/verifications/S1-SL-03", (object?)new VerificationRequest(3, "지원사업 신청서 확인")))),
        Get("/api/v1/assessment/verifications/{indicatorId}", async a =>
        {
            await VerificationAsync(a);
            return "/api/v1/assessment/verifications/S1-SL-03";
        }),
        Send("DELETE", "/api/v1/assessment/verifications/{indicatorId}", Operation.Delete, _consultant, async a =>
        {
            await VerificationAsync(a);
            return ("/api/v1/assessment/verifications/S1-SL-03", null);
        }),
        new("PUT", "/api/v1/assessment/verifications/{indicatorId}/attachment", EndpointAccess.Member, Area.Assessment, Operation.Change)
        {
            OnlyRoles = _consultant,
            Request = async a =>
            {
                await VerificationAsync(a);
                return new HttpRequestMessage(HttpMethod.Put, "/api/v1/assessment/verifications/S1-SL-03/attachment") { Content = AssessmentFiles.Upload(AssessmentFiles.Png, "plan.png") };
            },
        },
        Get("/api/v1/assessment/verifications/{indicatorId}/attachment", async a =>
        {
            await VerificationAsync(a);
            return "/api/v1/assessment/verifications/S1-SL-03/attachment";
        }),
        Get("/api/v1/assessment/goals", _ => Task.FromResult("/api/v1/assessment/goals")),
        Send("POST", "/api/v1/assessment/goals", Operation.Create, _owner, _ => Task.FromResult(("/api/v1/assessment/goals", (object?)new GoalRequest("불량 줄이기", "defect_rate", 2)))),
        Send("PUT", "/api/v1/assessment/goals/{id:guid}", Operation.Change, _owner, async a => ($"/api/v1/assessment/goals/{await GoalAsync(a)}", new GoalRequest("납기 지키기", "otd", 95))),
        Send("DELETE", "/api/v1/assessment/goals/{id:guid}", Operation.Delete, _owner, async a => ($"/api/v1/assessment/goals/{await GoalAsync(a)}", null)),
    ];

    private static EndpointCase Get(string pattern, Func<AccessArrangement, Task<string>> url) =>
        new("GET", pattern, EndpointAccess.Member, Area.Assessment, Operation.Read)
        {
            Request = async a => new HttpRequestMessage(HttpMethod.Get, await url(a)),
        };

    private static EndpointCase Send(string method, string pattern, Operation operation, HashSet<WorkshopRole>? only, Func<AccessArrangement, Task<(string Url, object? Body)>> request) =>
        new(method, pattern, EndpointAccess.Member, Area.Assessment, operation)
        {
            OnlyRoles = only,
            Request = async a =>
            {
                var (url, body) = await request(a);
                var message = new HttpRequestMessage(new HttpMethod(method), url);
                if (body is not null)
                {
                    message.Content = JsonContent.Create(body, body.GetType());
                }

                return message;
            },
        };

    /// <summary>A complete profile of our workshop, arranged once (the matrix builds a request more than once).</summary>
    private static async Task ProfileAsync(AccessArrangement arrangement)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        if (!await db.WorkshopProfiles.AnyAsync(p => p.WorkshopId == workshopId))
        {
            var profile = new WorkshopProfile(workshopId);
            profile.Update("C14", 5, 40, string.Empty, null, true, true, true, TestWorkshop.Now.ToUniversalTime());
            db.WorkshopProfiles.Add(profile);
            await db.SaveChangesAsync();
        }
    }

    private static async Task VerificationAsync(AccessArrangement arrangement)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        if (!await db.IndicatorVerifications.AnyAsync(v => v.WorkshopId == workshopId && v.IndicatorId == "S1-SL-03"))
        {
            var verification = new IndicatorVerification(workshopId, "S1-SL-03");
            verification.Record(3, "지원사업 신청서 확인", Guid.NewGuid(), "컨설턴트", TestWorkshop.Now.ToUniversalTime());
            verification.Attach("plan.png", "image/png", AssessmentFiles.Png);
            db.IndicatorVerifications.Add(verification);
            await db.SaveChangesAsync();
        }
    }

    private static async Task<Guid> GoalAsync(AccessArrangement arrangement)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        if (await db.WorkshopGoals.FirstOrDefaultAsync(g => g.WorkshopId == workshopId) is { } existing)
        {
            return existing.Id;
        }

        var goal = new WorkshopGoal(workshopId, "불량 줄이기", "defect_rate", 2, TestWorkshop.Now.ToUniversalTime());
        db.WorkshopGoals.Add(goal);
        await db.SaveChangesAsync();
        return goal.Id;
    }
}
