using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Assessment.Evidence;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// The assessment's inputs (ADR 0080): the workshop profile and its confirmation, the owner's self-assessment answers
/// (saved as given, one row per indicator), a consultant's verifications with their attachment, and the owner's goals.
/// Every write is audited by the save. Null answers mean there is no such indicator or goal here.
/// </summary>
internal sealed class AssessmentWorkspace(MesContexts contexts, EvidenceEngine evidence, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public static readonly string[] Kpis = ["otd", "defect_rate", "lead_time", "stock_accuracy", "output_per_hour"];

    private static StageCatalogue Catalogue => CatalogueFile.Stage;

    public static IndicatorDefinition? Indicator(string? id) => Catalogue.Indicators.FirstOrDefault(i => i.Id == id);

    public AssessmentCatalogue CatalogueView(WorkshopMember member, bool korean)
    {
        member.Demand(Area.Assessment, Operation.Read);
        return new AssessmentCatalogue(Catalogue.Version, Catalogue.RulesHash, Catalogue.Indicators.Select(i => new CatalogueIndicator(
            i.Id, i.Stage, i.Dimension.ToString(), i.Must, i.Question.For(korean), i.Hint.For(korean), i.Scale.ToString(),
            Enumerable.Range(0, SelfAnswer.Steps(i.Scale)).Select(step => AssessmentText.Answer(text, i.Scale, step)).ToList())).ToList());
    }

    public async Task<ProfileView> ProfileAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        var profile = await db.WorkshopProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new WorkshopProfile(member.Workshop.Id);
        return await ViewAsync(db, member, profile, cancellationToken);
    }

    public async Task<Validated<ProfileView>> SaveProfileAsync(WorkshopMember member, ProfileRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Change);
        await using var db = member.OpenData(contexts);
        var checks = new FieldChecks(text);
        var industry = TypedText.CleanOrNull(request.Industry)?.ToUpperInvariant();
        if (industry is null)
        {
            checks.Add("industry", "Validation.Required");
        }
        else if (!AssessmentText.IsIndustry(industry))
        {
            checks.Add("industry", "Assessment.Validation.Industry");
        }

        Between(checks, "productionHeadcount", request.ProductionHeadcount, 1, WorkshopProfile.MostHeadcount);
        Between(checks, "jobsPerMonth", request.JobsPerMonth, 0, WorkshopProfile.MostJobsPerMonth);
        checks.Text("cluster", request.Cluster, WorkshopProfile.ClusterMaxLength, required: false);
        if (request.ChampionUserId is { } champion && !await WorkshopReads.Memberships(db).AnyAsync(m => m.UserId == champion, cancellationToken))
        {
            checks.Add("championUserId", "Assessment.Validation.ChampionUnknown");
        }

        if (checks.Errors.Count > 0)
        {
            return new Validated<ProfileView>(null, checks.Errors);
        }

        var now = clock.GetUtcNow();
        var saved = await SavedOnceAsync(member, async (data, token) =>
        {
            var profile = await data.WorkshopProfiles.SingleOrDefaultAsync(token);
            if (profile is null)
            {
                profile = new WorkshopProfile(member.Workshop.Id);
                data.WorkshopProfiles.Add(profile);
            }

            profile.Update(industry!, request.ProductionHeadcount!.Value, request.JobsPerMonth!.Value, TypedText.CleanOrNull(request.Cluster) ?? string.Empty,
                request.ChampionUserId, request.HasMachines, request.KeepsStock, request.InBenchmarks, now);
            return profile;
        }, cancellationToken);
        return new Validated<ProfileView>(await ViewAsync(db, member, saved, cancellationToken), checks.Errors);
    }

    /// <summary>A consultant confirms the profile's figures (its denominators become grade B); an incomplete profile is a broken rule.</summary>
    public async Task<ProfileView> ConfirmProfileAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandConsultant(member, Operation.Change);
        await using var db = member.OpenData(contexts);
        var profile = await db.WorkshopProfiles.SingleOrDefaultAsync(cancellationToken) ?? new WorkshopProfile(member.Workshop.Id);
        profile.Confirm(member.Actor.Id ?? member.UserId ?? Guid.Empty, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, member, profile, cancellationToken);
    }

    public async Task<IReadOnlyList<AnswerView>> AnswersAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        var answers = await db.SelfAssessmentAnswers.AsNoTracking().ToListAsync(cancellationToken);
        return answers.Where(a => Indicator(a.IndicatorId) is not null).OrderBy(a => a.IndicatorId, StringComparer.Ordinal).Select(View).ToList();
    }

    /// <summary>Saves the owner's answer as it is tapped: the latest counts, and the same answer twice changes nothing.</summary>
    public async Task<Validated<AnswerView>?> SaveAnswerAsync(WorkshopMember member, string indicatorId, AnswerRequest request, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandOwner(member, Operation.Change);
        if (Indicator(indicatorId) is not { } indicator)
        {
            return null;
        }

        var checks = new FieldChecks(text);
        if (request.Step is not { } step)
        {
            checks.Add("step", "Validation.Required");
            return new Validated<AnswerView>(null, checks.Errors);
        }

        if (!SelfAnswer.IsValid(indicator.Scale, step))
        {
            checks.Add("step", "Assessment.Validation.Step", SelfAnswer.Steps(indicator.Scale) - 1);
            return new Validated<AnswerView>(null, checks.Errors);
        }

        var now = clock.GetUtcNow();
        var answeredBy = member.UserId ?? member.Actor.Id ?? Guid.Empty;
        var saved = await SavedOnceAsync(member, async (db, token) =>
        {
            var answer = await db.SelfAssessmentAnswers.SingleOrDefaultAsync(a => a.IndicatorId == indicator.Id, token);
            if (answer is null)
            {
                answer = new SelfAssessmentAnswer(member.Workshop.Id, indicator.Id, step, answeredBy, now);
                db.SelfAssessmentAnswers.Add(answer);
            }
            else if (answer.Step != step)
            {
                answer.Change(step, answeredBy, now);
            }

            return answer;
        }, cancellationToken);
        return new Validated<AnswerView>(View(saved), checks.Errors);
    }

    /// <summary>Takes the owner's answer back; false when there is no such indicator (no answer is already cleared).</summary>
    public async Task<bool> ClearAnswerAsync(WorkshopMember member, string indicatorId, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandOwner(member, Operation.Delete);
        if (Indicator(indicatorId) is null)
        {
            return false;
        }

        await using var db = member.OpenData(contexts);
        if (await db.SelfAssessmentAnswers.SingleOrDefaultAsync(a => a.IndicatorId == indicatorId, cancellationToken) is { } answer)
        {
            db.SelfAssessmentAnswers.Remove(answer);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public async Task<VerificationView?> VerificationAsync(WorkshopMember member, string indicatorId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        var verification = await db.IndicatorVerifications.AsNoTracking().Where(v => v.IndicatorId == indicatorId)
            .Select(v => new { v.IndicatorId, v.Step, v.Note, v.VerifiedByName, v.VerifiedAt, v.AttachmentName, v.AttachmentType })
            .SingleOrDefaultAsync(cancellationToken);
        return verification is null ? null : new VerificationView(verification.IndicatorId, verification.Step, AssessmentText.Answer(text, AnswerScale.Agreement, verification.Step),
            verification.Note, verification.VerifiedByName, verification.VerifiedAt, verification.AttachmentName, verification.AttachmentType);
    }

    /// <summary>A consultant rates the indicator on the agreement scale with a note: the rating becomes grade B.</summary>
    public async Task<Validated<VerificationView>?> VerifyAsync(WorkshopMember member, string indicatorId, VerificationRequest request, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandConsultant(member, Operation.Change);
        if (Indicator(indicatorId) is not { } indicator)
        {
            return null;
        }

        var checks = new FieldChecks(text);
        if (request.Step is not { } step)
        {
            checks.Add("step", "Validation.Required");
        }
        else if (!SelfAnswer.IsValid(AnswerScale.Agreement, step))
        {
            checks.Add("step", "Assessment.Validation.Step", SelfAnswer.Steps(AnswerScale.Agreement) - 1);
        }

        checks.Note("note", request.Note, IndicatorVerification.NoteMaxLength, required: true);
        if (checks.Errors.Count > 0)
        {
            return new Validated<VerificationView>(null, checks.Errors);
        }

        var now = clock.GetUtcNow();
        await SavedOnceAsync(member, async (db, token) =>
        {
            var verification = await db.IndicatorVerifications.SingleOrDefaultAsync(v => v.IndicatorId == indicator.Id, token);
            if (verification is null)
            {
                verification = new IndicatorVerification(member.Workshop.Id, indicator.Id);
                db.IndicatorVerifications.Add(verification);
            }

            verification.Record(request.Step!.Value, TypedText.Clean(request.Note!), member.Actor.Id ?? member.UserId ?? Guid.Empty, Shorter(member.Actor.Name, 200), now);
            return verification;
        }, cancellationToken);
        return new Validated<VerificationView>(await VerificationAsync(member, indicator.Id, cancellationToken), checks.Errors);
    }

    /// <summary>Attaches a file (PDF, PNG or JPEG, at most 5 MB, known by its first bytes) to the indicator's verification.</summary>
    public async Task<Validated<VerificationView>?> AttachAsync(WorkshopMember member, string indicatorId, string? fileName, byte[]? content, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandConsultant(member, Operation.Change);
        if (Indicator(indicatorId) is null)
        {
            return null;
        }

        var checks = new FieldChecks(text);
        var type = content is null ? null : AttachmentTypes.Of(content);
        if (content is null || content.Length == 0)
        {
            checks.Add("file", "Validation.Required");
        }
        else if (content.Length > IndicatorVerification.MostAttachmentBytes)
        {
            checks.Add("file", "Assessment.Validation.FileTooLarge", IndicatorVerification.MostAttachmentBytes / (1024 * 1024));
        }
        else if (type is null)
        {
            checks.Add("file", "Assessment.Validation.FileType");
        }

        await using var db = member.OpenData(contexts);
        var verification = await db.IndicatorVerifications.SingleOrDefaultAsync(v => v.IndicatorId == indicatorId, cancellationToken);
        if (verification is null)
        {
            checks.Errors.TryAdd("file", [text["Assessment.Validation.VerifyFirst"]]);
        }

        if (checks.Errors.Count > 0)
        {
            return new Validated<VerificationView>(null, checks.Errors);
        }

        verification!.Attach(AttachmentTypes.FileName(fileName, type!), type!, content!);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<VerificationView>(await VerificationAsync(member, indicatorId, cancellationToken), checks.Errors);
    }

    public async Task<AssessmentAttachment?> AttachmentAsync(WorkshopMember member, string indicatorId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        var found = await db.IndicatorVerifications.AsNoTracking().Where(v => v.IndicatorId == indicatorId && v.Attachment != null)
            .Select(v => new AssessmentAttachment(v.AttachmentName!, v.AttachmentType!, v.Attachment!))
            .SingleOrDefaultAsync(cancellationToken);
        return found;
    }

    /// <summary>Takes a verification back; false when there is none for the indicator here.</summary>
    public async Task<bool> RemoveVerificationAsync(WorkshopMember member, string indicatorId, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandConsultant(member, Operation.Delete);
        await using var db = member.OpenData(contexts);
        if (await db.IndicatorVerifications.SingleOrDefaultAsync(v => v.IndicatorId == indicatorId, cancellationToken) is not { } verification)
        {
            return false;
        }

        db.IndicatorVerifications.Remove(verification);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<GoalView>> GoalsAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        await using var db = member.OpenData(contexts);
        return (await db.WorkshopGoals.AsNoTracking().OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken)).Select(View).ToList();
    }

    public async Task<Validated<GoalView>> AddGoalAsync(WorkshopMember member, GoalRequest request, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandOwner(member, Operation.Create);
        var checks = CheckGoal(request);
        await using var db = member.OpenData(contexts);
        if (await db.WorkshopGoals.CountAsync(cancellationToken) >= WorkshopGoal.MostGoals)
        {
            checks.Add("goals", "Assessment.Validation.TooManyGoals", WorkshopGoal.MostGoals);
        }

        if (checks.Errors.Count > 0)
        {
            return new Validated<GoalView>(null, checks.Errors);
        }

        var goal = new WorkshopGoal(member.Workshop.Id, TypedText.Clean(request.Title!), request.Kpi!, request.Target, clock.GetUtcNow());
        db.WorkshopGoals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<GoalView>(View(goal), checks.Errors);
    }

    /// <summary>Changes a goal; saving it, even unchanged, counts as reviewing it (S1-SL-01 asks for a review in 90 days).</summary>
    public async Task<Validated<GoalView>?> ChangeGoalAsync(WorkshopMember member, Guid id, GoalRequest request, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandOwner(member, Operation.Change);
        await using var db = member.OpenData(contexts);
        if (await db.WorkshopGoals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } goal)
        {
            return null;
        }

        var checks = CheckGoal(request);
        if (checks.Errors.Count > 0)
        {
            return new Validated<GoalView>(null, checks.Errors);
        }

        goal.Revise(TypedText.Clean(request.Title!), request.Kpi!, request.Target, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<GoalView>(View(goal), checks.Errors);
    }

    public async Task<bool> RemoveGoalAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        AssessmentRoles.DemandOwner(member, Operation.Delete);
        await using var db = member.OpenData(contexts);
        if (await db.WorkshopGoals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } goal)
        {
            return false;
        }

        db.WorkshopGoals.Remove(goal);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private FieldChecks CheckGoal(GoalRequest request)
    {
        var checks = new FieldChecks(text);
        checks.Text("title", request.Title, WorkshopGoal.TitleMaxLength);
        if (string.IsNullOrWhiteSpace(request.Kpi))
        {
            checks.Add("kpi", "Validation.Required");
        }
        else if (!Kpis.Contains(request.Kpi, StringComparer.Ordinal))
        {
            checks.Add("kpi", "Catalog.OneOf", string.Join(", ", Kpis));
        }

        if (request.Target is { } target)
        {
            checks.NotNegative("target", target);
        }

        return checks;
    }

    private static void Between(FieldChecks checks, string field, int? value, int least, int most)
    {
        if (value is not { } number)
        {
            checks.Add(field, "Validation.Required");
        }
        else if (number < least || number > most)
        {
            checks.Add(field, "Assessment.Validation.Between", least, most.ToString("#,0", System.Globalization.CultureInfo.CurrentCulture));
        }
    }

    /// <summary>
    /// Runs a change of a row that is one per workshop (or per indicator) and saves it; when a second request made the
    /// same row at the same moment, the unique index refuses one of them, which then runs again on the row now there.
    /// </summary>
    private async Task<T> SavedOnceAsync<T>(WorkshopMember member, Func<MesDbContext, CancellationToken, Task<T>> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = member.OpenData(contexts);
            var result = await change(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await using var db = member.OpenData(contexts);
            var result = await change(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
    }

    private async Task<ProfileView> ViewAsync(MesDbContext db, WorkshopMember member, WorkshopProfile profile, CancellationToken cancellationToken)
    {
        var proposal = await evidence.ProposeProfileAsync(member, cancellationToken);
        var members = await WorkshopReads.Memberships(db).Select(m => m.UserId).ToListAsync(cancellationToken);
        var champions = await AccountReads.Users(db).Where(u => members.Contains(u.Id)).Select(u => new ChampionChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return new ProfileView(
            profile.Industry, profile.ProductionHeadcount, profile.JobsPerMonth, profile.Cluster, profile.ChampionUserId, profile.HasMachines, profile.KeepsStock, profile.InBenchmarks,
            profile.ConfirmedAt is not null, profile.ConfirmedAt,
            new ProfileProposalView(proposal.ProductionHeadcount, proposal.JobsPerMonth, proposal.HasMachines, proposal.KeepsStock),
            champions.OrderBy(c => c.DisplayName, StringComparer.CurrentCulture).ToList());
    }

    private AnswerView View(SelfAssessmentAnswer answer) =>
        new(answer.IndicatorId, answer.Step, AssessmentText.Answer(text, Indicator(answer.IndicatorId)!.Scale, answer.Step), answer.AnsweredAt);

    private static GoalView View(WorkshopGoal goal) => new(goal.Id, goal.Title, goal.Kpi, goal.Target, goal.CreatedAt, goal.ReviewedAt);

    private static string Shorter(string value, int length) => value.Length > length ? value[..length] : value;
}

/// <summary>A verification's attached file as it is downloaded.</summary>
internal sealed record AssessmentAttachment(string Name, string ContentType, byte[] Content);
