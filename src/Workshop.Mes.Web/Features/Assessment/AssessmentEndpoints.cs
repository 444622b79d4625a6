using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary><c>/api/v1/assessment</c>: the assessment's inputs, through the same service the pages use (ADR 0080).</summary>
internal static class AssessmentEndpoints
{
    public static void MapAssessmentInputsApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("assessment", "Assessment");
        api.MapGet("/catalogue", Catalogue).WithName("GetAssessmentCatalogue").WithSummary("The indicator catalogue")
            .WithDescription("The 42 indicators with their question, hint and answer scale in the caller's language, stamped with the catalogue version and rules hash.");
        api.MapGet("/profile", GetProfileAsync).WithName("GetWorkshopProfile").WithSummary("The workshop profile")
            .WithDescription("Industry (KSIC), headcount, jobs a month, cluster, champion and the flags the evidence rules need, with what the records propose beside them and the members who may be named champion.");
        api.MapPut("/profile", SaveProfileAsync).WithName("SaveWorkshopProfile").WithSummary("Save the workshop profile")
            .WithDescription("`industry` is a KSIC section letter and two digits (`C14`); `productionHeadcount` 1–999; `jobsPerMonth` 0–100,000; `cluster` up to 60 characters; `championUserId` a member of the workshop. A change to a figure drops the consultant's confirmation.");
        api.MapPost("/profile/confirm", ConfirmProfileAsync).WithName("ConfirmWorkshopProfile").WithSummary("Confirm the workshop profile (consultant)")
            .WithDescription("Only a consultant confirms; 409 while industry, headcount or jobs a month are missing.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/answers", AnswersAsync).WithName("ListSelfAssessmentAnswers").WithSummary("The owner's self-assessment answers");
        api.MapPut("/answers/{indicatorId}", SaveAnswerAsync).WithName("SaveSelfAssessmentAnswer").WithSummary("Answer one question (owner)")
            .WithDescription("Body `{ \"step\": n }`: 0–4 on the agreement scale, 0–5 on the adoption scale (see the catalogue). Saved as given; the same answer again changes nothing. Only the owner answers.");
        api.MapDelete("/answers/{indicatorId}", ClearAnswerAsync).WithName("ClearSelfAssessmentAnswer").WithSummary("Take an answer back (owner)");
        api.MapPut("/verifications/{indicatorId}", VerifyAsync).WithName("VerifyIndicator").WithSummary("Verify an indicator (consultant)")
            .WithDescription("`step` 0–4 on the agreement scale and a `note` (required, up to 2,000 characters): the indicator is rated on this (evidence grade B) where the records do not measure it. Only a consultant verifies.");
        api.MapGet("/verifications/{indicatorId}", GetVerificationAsync).WithName("GetIndicatorVerification").WithSummary("An indicator's verification");
        api.MapDelete("/verifications/{indicatorId}", RemoveVerificationAsync).WithName("RemoveIndicatorVerification").WithSummary("Take a verification back (consultant)");
        api.MapPut("/verifications/{indicatorId}/attachment", AttachAsync).WithName("AttachVerificationFile").WithSummary("Attach a file to a verification (consultant)")
            .WithDescription("Multipart field `file`: a PDF, PNG or JPEG of at most 5 MB, recognised by its content. Replaces an earlier attachment; the indicator must be verified first.")
            .DisableAntiforgery();
        api.MapGet("/verifications/{indicatorId}/attachment", AttachmentAsync).WithName("DownloadVerificationFile").WithSummary("Download a verification's attachment");
        api.MapGet("/goals", GoalsAsync).WithName("ListWorkshopGoals").WithSummary("The owner's goals");
        api.MapPost("/goals", AddGoalAsync).WithName("AddWorkshopGoal").WithSummary("Add a goal (owner)")
            .WithDescription("At most 3. `title` up to 200 characters; `kpi` one of otd, defect_rate, lead_time, stock_accuracy, output_per_hour; `target` 0 or more, optional.");
        api.MapPut("/goals/{id:guid}", ChangeGoalAsync).WithName("ChangeWorkshopGoal").WithSummary("Change or review a goal (owner)")
            .WithDescription("Saving a goal, even unchanged, marks it reviewed now.");
        api.MapDelete("/goals/{id:guid}", RemoveGoalAsync).WithName("RemoveWorkshopGoal").WithSummary("Remove a goal (owner)");
    }

    private static Ok<AssessmentCatalogue> Catalogue(WorkshopMember member, AssessmentWorkspace workspace) =>
        TypedResults.Ok(workspace.CatalogueView(member, AssessmentText.Korean));

    private static async Task<Ok<ProfileView>> GetProfileAsync(WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workspace.ProfileAsync(member, cancellationToken));

    private static async Task<Results<Ok<ProfileView>, ValidationProblem>> SaveProfileAsync(
        ProfileRequest request, WorkshopMember member, AssessmentWorkspace workspace, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Answer(await workspace.SaveProfileAsync(member, request, cancellationToken), text);

    private static async Task<Ok<ProfileView>> ConfirmProfileAsync(WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workspace.ConfirmProfileAsync(member, cancellationToken));

    private static async Task<Ok<IReadOnlyList<AnswerView>>> AnswersAsync(WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workspace.AnswersAsync(member, cancellationToken));

    /// <param name="indicatorId">e.g. S1-SL-01.</param>
    private static async Task<Results<Ok<AnswerView>, ValidationProblem, NotFound>> SaveAnswerAsync(
        string indicatorId, AnswerRequest request, WorkshopMember member, AssessmentWorkspace workspace, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Found(await workspace.SaveAnswerAsync(member, indicatorId, request, cancellationToken), text);

    /// <param name="indicatorId">e.g. S1-SL-01.</param>
    private static async Task<Results<NoContent, NotFound>> ClearAnswerAsync(string indicatorId, WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        await workspace.ClearAnswerAsync(member, indicatorId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <param name="indicatorId">e.g. S1-SL-03.</param>
    private static async Task<Results<Ok<VerificationView>, ValidationProblem, NotFound>> VerifyAsync(
        string indicatorId, VerificationRequest request, WorkshopMember member, AssessmentWorkspace workspace, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Found(await workspace.VerifyAsync(member, indicatorId, request, cancellationToken), text);

    /// <param name="indicatorId">e.g. S1-SL-03.</param>
    private static async Task<Results<Ok<VerificationView>, NotFound>> GetVerificationAsync(string indicatorId, WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        await workspace.VerificationAsync(member, indicatorId, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    /// <param name="indicatorId">e.g. S1-SL-03.</param>
    private static async Task<Results<NoContent, NotFound>> RemoveVerificationAsync(string indicatorId, WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        await workspace.RemoveVerificationAsync(member, indicatorId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <param name="indicatorId">e.g. S1-SL-03.</param>
    private static async Task<Results<Ok<VerificationView>, ValidationProblem, NotFound>> AttachAsync(
        string indicatorId, IFormFile? file, WorkshopMember member, AssessmentWorkspace workspace, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandConsultant(member, Domain.Access.Operation.Change);
        if (file is { Length: > IndicatorVerification.MostAttachmentBytes })
        {
            return text.FieldProblem("file", text["Assessment.Validation.FileTooLarge", IndicatorVerification.MostAttachmentBytes / (1024 * 1024)]);
        }

        byte[]? content = null;
        if (file is not null)
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        return Found(await workspace.AttachAsync(member, indicatorId, file?.FileName, content, cancellationToken), text);
    }

    /// <param name="indicatorId">e.g. S1-SL-03.</param>
    private static async Task<Results<FileContentHttpResult, NotFound>> AttachmentAsync(string indicatorId, WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        await workspace.AttachmentAsync(member, indicatorId, cancellationToken) is { } file ? TypedResults.File(file.Content, file.ContentType, file.Name) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<GoalView>>> GoalsAsync(WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workspace.GoalsAsync(member, cancellationToken));

    private static async Task<Results<Created<GoalView>, ValidationProblem>> AddGoalAsync(
        GoalRequest request, WorkshopMember member, AssessmentWorkspace workspace, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await workspace.AddGoalAsync(member, request, cancellationToken);
        return result.Value is { } goal ? TypedResults.Created($"/api/v1/assessment/goals/{goal.Id}", goal) : result.ToValidationProblem(text);
    }

    /// <param name="id">The goal's id.</param>
    private static async Task<Results<Ok<GoalView>, ValidationProblem, NotFound>> ChangeGoalAsync(
        Guid id, GoalRequest request, WorkshopMember member, AssessmentWorkspace workspace, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Found(await workspace.ChangeGoalAsync(member, id, request, cancellationToken), text);

    /// <param name="id">The goal's id.</param>
    private static async Task<Results<NoContent, NotFound>> RemoveGoalAsync(Guid id, WorkshopMember member, AssessmentWorkspace workspace, CancellationToken cancellationToken) =>
        await workspace.RemoveGoalAsync(member, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static Results<Ok<T>, ValidationProblem> Answer<T>(Validated<T> result, IStringLocalizer text)
        where T : class =>
        result.Value is { } value ? TypedResults.Ok(value) : result.ToValidationProblem(text);

    private static Results<Ok<T>, ValidationProblem, NotFound> Found<T>(Validated<T>? result, IStringLocalizer text)
        where T : class =>
        result is null ? TypedResults.NotFound() : result.Value is { } value ? TypedResults.Ok(value) : result.ToValidationProblem(text);
}
