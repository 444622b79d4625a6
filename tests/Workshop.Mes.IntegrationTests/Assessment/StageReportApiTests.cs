using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// The stage report over the API: the live report, finalising it into a numbered assessment that never changes
/// afterwards, its JSON download, bad input named by its field, roles, and another workshop's assessment not found.
/// </summary>
public sealed class StageReportApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_live_report_rates_all_42_indicators_and_says_what_blocks_the_next_stage()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var report = (await owner.GetFromJsonAsync<StageReportDocument>("/api/v1/assessment/report", ApiJson.Options))!;

        report.Workshop.Name.ShouldBe(shop.Tenant.Name);
        report.Indicators.Count.ShouldBe(42);
        report.Provenance.ModelVersion.ShouldBe(CatalogueFile.Stage.Version);
        report.Provenance.RulesHash.ShouldBe(CatalogueFile.Stage.RulesHash);
        report.GatedStage.ShouldBe(0);
        report.Blocking.ShouldNotBeEmpty();
        report.Blocking.ShouldAllBe(id => id.StartsWith("S1-"));
        // Nothing is measured but the capabilities the product lacks (rated from their absence); the rest are blank self-claims.
        report.Confidence.ShouldBeLessThan(0.8);
        report.Indicators.Single(i => i.Id == "S4-AD-03").Reason.ShouldBe("Assessment.Reason.NoForecasts");
    }

    [Fact]
    public async Task A_finalised_assessment_keeps_its_numbers_however_the_answers_change_afterwards()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var created = await owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest("현장 방문 후 확정"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var summary = (await created.Content.ReadFromJsonAsync<StageAssessmentSummary>(ApiJson.Options))!;
        summary.Number.ShouldMatch(@"^SA-\d{4}-\d{4}$");
        var frozen = (await owner.GetFromJsonAsync<StageReportDocument>($"/api/v1/assessment/snapshots/{summary.Id}", ApiJson.Options))!;

        await AnswerEverythingFullyAsync(shop.Tenant.Id);
        var live = (await owner.GetFromJsonAsync<StageReportDocument>("/api/v1/assessment/report", ApiJson.Options))!;
        var again = (await owner.GetFromJsonAsync<StageReportDocument>($"/api/v1/assessment/snapshots/{summary.Id}", ApiJson.Options))!;
        var download = await owner.GetAsync($"/api/v1/assessment/snapshots/{summary.Id}/report.json");

        live.Index.ShouldBeGreaterThan(frozen.Index);
        again.Index.ShouldBe(frozen.Index);
        again.Indicators.Select(i => i.Achievement).ShouldBe(frozen.Indicators.Select(i => i.Achievement));
        again.SignOffNote.ShouldBe("현장 방문 후 확정");
        again.Provenance.Number.ShouldBe(summary.Number);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain(summary.Number);
        var downloaded = (await download.Content.ReadFromJsonAsync<StageReportDocument>(ApiJson.Options))!;
        downloaded.Index.ShouldBe(frozen.Index);
        downloaded.FractionalStage.ShouldBe(frozen.FractionalStage);

        var list = (await owner.GetFromJsonAsync<List<StageAssessmentSummary>>("/api/v1/assessment/snapshots", ApiJson.Options))!;
        list.ShouldHaveSingleItem().Id.ShouldBe(summary.Id);
    }

    [Fact]
    public async Task A_second_assessment_names_the_first_as_its_previous_one()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var first = await (await owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(null))).Content.ReadFromJsonAsync<StageAssessmentSummary>(ApiJson.Options);

        var second = await (await owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(null))).Content.ReadFromJsonAsync<StageAssessmentSummary>(ApiJson.Options);
        var document = (await owner.GetFromJsonAsync<StageReportDocument>($"/api/v1/assessment/snapshots/{second!.Id}", ApiJson.Options))!;

        second.Number.ShouldNotBe(first!.Number);
        document.Provenance.PreviousAssessedAt!.Value.ShouldBe(first.AssessedAt, TimeSpan.FromMilliseconds(1));
        document.Provenance.PreviousFractionalStage.ShouldBe(first.FractionalStage);
    }

    [Fact]
    public async Task A_sign_off_note_over_4000_characters_is_refused_by_its_field_and_nothing_is_saved()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var exactly = await owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(new string('가', StageAssessment.NoteMaxLength)));
        var over = await owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(new string('가', StageAssessment.NoteMaxLength + 1)));

        exactly.StatusCode.ShouldBe(HttpStatusCode.Created);
        over.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await over.Content.ReadAsStringAsync()).ShouldContain("signOffNote");
        await using var db = database.CreateContext();
        (await db.StageAssessments.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Another_workshops_assessment_is_not_found_and_a_worker_may_not_read_the_report()
    {
        var mine = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "other-shop", "다른 공방");
        var theirOwner = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner);
        var theirs1 = await (await theirOwner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(null))).Content.ReadFromJsonAsync<StageAssessmentSummary>(ApiJson.Options);
        var owner = await _app.MemberClientAsync(mine.Tenant.Id, WorkshopRole.Owner);
        var worker = await _app.MemberClientAsync(mine.Tenant.Id, WorkshopRole.Worker);

        (await owner.GetAsync($"/api/v1/assessment/snapshots/{theirs1!.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/assessment/snapshots/{theirs1.Id}/report.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetFromJsonAsync<List<StageAssessmentSummary>>("/api/v1/assessment/snapshots", ApiJson.Options))!.ShouldBeEmpty();
        (await worker.GetAsync("/api/v1/assessment/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await worker.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_assessments_finalised_at_once_get_two_numbers()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest(null))));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var numbers = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<StageAssessmentSummary>(ApiJson.Options))!.Number));
        numbers.Distinct().Count().ShouldBe(3);
    }

    private async Task AnswerEverythingFullyAsync(Guid workshopId)
    {
        await using var db = database.CreateContext();
        db.SelfAssessmentAnswers.AddRange(CatalogueFile.Stage.Indicators.Select(i =>
            new SelfAssessmentAnswer(workshopId, i.Id, SelfAnswer.Steps(i.Scale) - 1, Guid.Empty, TestWorkshop.Now)));
        await db.SaveChangesAsync();
    }
}
