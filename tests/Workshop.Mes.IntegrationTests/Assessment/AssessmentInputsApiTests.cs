using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// The assessment's inputs over the API (ADR 0080): the owner's answers saved as given and harmless to repeat, a
/// consultant's verification with its attachment, the goals and the profile; each bad input named by its field,
/// each role kept to its part, another workshop's rows not there.
/// </summary>
public sealed class AssessmentInputsApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync()
    {
        _app.Clock.Now = TestWorkshop.Now;
        return new(database.ResetAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_owner_answers_as_they_tap_the_same_answer_again_changes_nothing_and_an_answer_can_be_taken_back()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);

        var first = await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(3));
        var again = await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(3));
        var changed = await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(4));

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<AnswerView>(ApiJson.Options))!.Answer.ShouldBe("대부분 적용");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<AnswerView>(ApiJson.Options))!.Step.ShouldBe(4);
        var answers = await owner.GetFromJsonAsync<List<AnswerView>>("/api/v1/assessment/answers", ApiJson.Options);
        answers!.ShouldHaveSingleItem().Answer.ShouldBe("완전히·매일");
        await using (var db = database.CreateContext())
        {
            (await db.SelfAssessmentAnswers.IgnoreQueryFilters().CountAsync(a => a.WorkshopId == ours.Tenant.Id)).ShouldBe(1);
            (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.WorkshopId == ours.Tenant.Id && a.EntityType == nameof(SelfAssessmentAnswer))).ShouldBe(2, "created once, changed once; the repeat wrote nothing");
        }

        (await owner.DeleteAsync("/api/v1/assessment/answers/S1-SL-01")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.DeleteAsync("/api/v1/assessment/answers/S1-SL-01")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetFromJsonAsync<List<AnswerView>>("/api/v1/assessment/answers", ApiJson.Options))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_answer_outside_its_scale_or_to_no_such_question_is_refused_and_the_adoption_scale_has_six_steps()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);
        var adoption = CatalogueFile.Stage.Indicators.First(i => i.Scale == AnswerScale.Adoption).Id;

        (await owner.PutAsJsonAsync("/api/v1/assessment/answers/S9-XX-01", new AnswerRequest(1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.DeleteAsync("/api/v1/assessment/answers/S9-XX-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ErrorsAsync(await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(5))))["step"].ShouldBe(["0부터 4까지의 답을 골라 주세요."]);
        (await ErrorsAsync(await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(-1))))["step"].ShouldNotBeEmpty();
        (await ErrorsAsync(await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(null))))["step"].ShouldBe(["입력해 주세요."]);
        (await owner.PutAsJsonAsync($"/api/v1/assessment/answers/{adoption}", new AnswerRequest(5))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ErrorsAsync(await owner.PutAsJsonAsync($"/api/v1/assessment/answers/{adoption}", new AnswerRequest(6))))["step"].ShouldBe(["0부터 5까지의 답을 골라 주세요."]);
        (await owner.GetFromJsonAsync<List<AnswerView>>("/api/v1/assessment/answers", ApiJson.Options))!.ShouldHaveSingleItem().Answer.ShouldBe("운영");
    }

    [Fact]
    public async Task Only_the_owner_answers_and_only_a_consultant_verifies()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);
        var consultant = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Consultant);
        var manager = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Manager);

        (await consultant.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(4))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(4))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await consultant.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("불량 줄이기", "defect_rate", 2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.PutAsJsonAsync("/api/v1/assessment/verifications/S1-SL-01", new VerificationRequest(4, "제가 확인했습니다"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.PostAsync("/api/v1/assessment/profile/confirm", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetAsync("/api/v1/assessment/answers")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await consultant.GetAsync("/api/v1/assessment/answers")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = database.CreateContext();
        (await db.SelfAssessmentAnswers.IgnoreQueryFilters().CountAsync(a => a.WorkshopId == ours.Tenant.Id)).ShouldBe(0);
        (await db.IndicatorVerifications.IgnoreQueryFilters().CountAsync(v => v.WorkshopId == ours.Tenant.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_consultant_verifies_with_a_note_and_a_file_which_downloads_as_it_was_and_can_take_it_back()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var consultant = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Consultant);
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);

        var verified = await consultant.PutAsJsonAsync("/api/v1/assessment/verifications/S1-SL-03", new VerificationRequest(3, "2027년 스마트공방 신청서와 자체 예산표를 확인했습니다."));
        var attached = await consultant.PutAsync("/api/v1/assessment/verifications/S1-SL-03/attachment", AssessmentFiles.Upload(AssessmentFiles.Pdf, "../신청서.exe"));

        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verified.Content.ReadFromJsonAsync<VerificationView>(ApiJson.Options))!.Answer.ShouldBe("대부분 적용");
        attached.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await attached.Content.ReadFromJsonAsync<VerificationView>(ApiJson.Options))!;
        view.AttachmentName.ShouldBe("신청서.pdf");
        view.AttachmentType.ShouldBe("application/pdf");
        var download = await owner.GetAsync("/api/v1/assessment/verifications/S1-SL-03/attachment");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(AssessmentFiles.Pdf);

        (await consultant.DeleteAsync("/api/v1/assessment/verifications/S1-SL-03")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await consultant.DeleteAsync("/api/v1/assessment/verifications/S1-SL-03")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync("/api/v1/assessment/verifications/S1-SL-03/attachment")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_verification_without_its_note_or_outside_the_scale_and_a_file_too_large_or_of_another_kind_are_refused()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var consultant = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Consultant);
        var url = "/api/v1/assessment/verifications/S1-SL-03";

        (await consultant.PutAsJsonAsync("/api/v1/assessment/verifications/S9-XX-01", new VerificationRequest(3, "확인"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ErrorsAsync(await consultant.PutAsJsonAsync(url, new VerificationRequest(3, "  "))))["note"].ShouldBe(["입력해 주세요."]);
        (await ErrorsAsync(await consultant.PutAsJsonAsync(url, new VerificationRequest(3, new string('가', IndicatorVerification.NoteMaxLength + 1)))))["note"].ShouldNotBeEmpty();
        (await ErrorsAsync(await consultant.PutAsJsonAsync(url, new VerificationRequest(5, "확인"))))["step"].ShouldBe(["0부터 4까지의 답을 골라 주세요."]);
        (await ErrorsAsync(await consultant.PutAsync($"{url}/attachment", AssessmentFiles.Upload(AssessmentFiles.Png, "plan.png"))))["file"].ShouldBe(["먼저 확인 내용을 저장해 주세요."]);
        (await consultant.PutAsJsonAsync(url, new VerificationRequest(4, new string('가', IndicatorVerification.NoteMaxLength)))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var tooLarge = new byte[IndicatorVerification.MostAttachmentBytes + 1];
        AssessmentFiles.Pdf.CopyTo(tooLarge, 0);
        var largest = new byte[IndicatorVerification.MostAttachmentBytes];
        AssessmentFiles.Pdf.CopyTo(largest, 0);
        (await ErrorsAsync(await consultant.PutAsync($"{url}/attachment", AssessmentFiles.Upload(tooLarge, "big.pdf"))))["file"].ShouldBe(["파일이 너무 큽니다. 5MB까지 첨부할 수 있습니다."]);
        (await ErrorsAsync(await consultant.PutAsync($"{url}/attachment", AssessmentFiles.Upload("MZ not a pdf"u8.ToArray(), "plan.pdf", "application/pdf"))))["file"].ShouldBe(["PDF, PNG, JPEG 파일만 첨부할 수 있습니다."]);
        (await ErrorsAsync(await consultant.PutAsync($"{url}/attachment", new MultipartFormDataContent()))).Keys.ShouldBe(["file"]);
        (await consultant.PutAsync($"{url}/attachment", AssessmentFiles.Upload(largest, "largest.pdf"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Goals_are_at_most_three_each_with_a_known_figure_and_no_negative_target_and_a_change_reviews_it()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);

        (await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("불량 줄이기", "defect_rate", -1))))["target"].ShouldNotBeEmpty();
        (await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("불량 줄이기", "happiness", 1))))["kpi"].ShouldNotBeEmpty();
        (await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest(" ", "otd", 1))))["title"].ShouldBe(["입력해 주세요."]);
        (await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest(new string('가', WorkshopGoal.TitleMaxLength + 1), "otd", 1))))["title"].ShouldNotBeEmpty();
        var first = await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("불량률 2% 아래로", "defect_rate", 0));
        (await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("납기 95% 지키기", "otd", 95))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest(new string('가', WorkshopGoal.TitleMaxLength), "lead_time", null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var fourth = await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("재고 맞추기", "stock_accuracy", 98));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ErrorsAsync(fourth))["goals"].ShouldBe(["목표는 3개까지 정할 수 있습니다."]);
        var goal = (await first.Content.ReadFromJsonAsync<GoalView>(ApiJson.Options))!;
        _app.Clock.Now = TestWorkshop.Now.AddHours(2);
        var changed = await owner.PutAsJsonAsync($"/api/v1/assessment/goals/{goal.Id}", new GoalRequest("불량률 1.5% 아래로", "defect_rate", 1.5m));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var reviewed = (await changed.Content.ReadFromJsonAsync<GoalView>(ApiJson.Options))!;
        reviewed.ReviewedAt.ShouldBe(TestWorkshop.Now.AddHours(2));
        reviewed.CreatedAt.ShouldBe(TestWorkshop.Now);
        reviewed.Target.ShouldBe(1.5m);
        (await ErrorsAsync(await owner.PutAsJsonAsync($"/api/v1/assessment/goals/{goal.Id}", new GoalRequest("불량", "defect_rate", -0.1m))))["target"].ShouldNotBeEmpty();
        (await owner.DeleteAsync($"/api/v1/assessment/goals/{goal.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.DeleteAsync($"/api/v1/assessment/goals/{goal.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetFromJsonAsync<List<GoalView>>("/api/v1/assessment/goals", ApiJson.Options))!.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(0, "productionHeadcount")]
    [InlineData(1000, "productionHeadcount")]
    public async Task A_headcount_outside_1_to_999_is_refused(int headcount, string field)
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);

        var errors = await ErrorsAsync(await owner.PutAsJsonAsync("/api/v1/assessment/profile", new ProfileRequest("C14", headcount, 40, null, null)));

        errors[field].ShouldBe(["1부터 999까지 입력해 주세요."]);
    }

    [Fact]
    public async Task The_profile_is_saved_within_its_edges_confirmed_by_a_consultant_and_a_changed_figure_drops_the_confirmation()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);
        var consultant = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Consultant);
        var stranger = await TestCredentials.UserAsync(database, "stranger@test.example", (theirs.Tenant.Id, WorkshopRole.Owner));
        var url = "/api/v1/assessment/profile";

        (await consultant.PostAsync($"{url}/confirm", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var bad = await ErrorsAsync(await owner.PutAsJsonAsync(url, new ProfileRequest("14", 5, -1, new string('가', WorkshopProfile.ClusterMaxLength + 1), stranger.Id)));
        bad.Keys.Order().ShouldBe(["championUserId", "cluster", "industry", "jobsPerMonth"]);
        (await ErrorsAsync(await owner.PutAsJsonAsync(url, new ProfileRequest("C14", 5, WorkshopProfile.MostJobsPerMonth + 1, null, null))))["jobsPerMonth"].ShouldNotBeEmpty();
        var profile = await owner.GetFromJsonAsync<ProfileView>(url, ApiJson.Options);
        var champion = profile!.Champions.ShouldHaveSingleItem();

        var saved = await owner.PutAsJsonAsync(url, new ProfileRequest("c14", WorkshopProfile.MostHeadcount, WorkshopProfile.MostJobsPerMonth, new string('가', WorkshopProfile.ClusterMaxLength), champion.UserId, KeepsStock: false));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadFromJsonAsync<ProfileView>(ApiJson.Options))!.Industry.ShouldBe("C14");
        (await owner.PutAsJsonAsync(url, new ProfileRequest("C14", 1, 0, "창신동 봉제", null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await consultant.PostAsync($"{url}/confirm", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "no jobs a month yet");
        (await owner.PutAsJsonAsync(url, new ProfileRequest("C14", 5, 40, "창신동 봉제", champion.UserId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var confirmed = await consultant.PostAsync($"{url}/confirm", null);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confirmed.Content.ReadFromJsonAsync<ProfileView>(ApiJson.Options))!.Confirmed.ShouldBeTrue();
        (await owner.PutAsJsonAsync(url, new ProfileRequest("C14", 5, 40, "창신동 봉제 골목", champion.UserId))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.GetFromJsonAsync<ProfileView>(url, ApiJson.Options))!.Confirmed.ShouldBeTrue("the cluster is not a figure the rules divide by");
        var recounted = await owner.PutAsJsonAsync(url, new ProfileRequest("C14", 6, 40, "창신동 봉제", champion.UserId));
        (await recounted.Content.ReadFromJsonAsync<ProfileView>(ApiJson.Options))!.Confirmed.ShouldBeFalse();
    }

    [Fact]
    public async Task Another_workshop_never_sees_or_changes_our_answers_verification_or_goals()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);
        var consultant = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Consultant);
        var theirOwner = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner);
        var theirConsultant = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Consultant);
        await owner.PutAsJsonAsync("/api/v1/assessment/answers/S1-SL-01", new AnswerRequest(4));
        await consultant.PutAsJsonAsync("/api/v1/assessment/verifications/S1-SL-03", new VerificationRequest(3, "확인"));
        await consultant.PutAsync("/api/v1/assessment/verifications/S1-SL-03/attachment", AssessmentFiles.Upload(AssessmentFiles.Png, "plan.png"));
        var goal = (await (await owner.PostAsJsonAsync("/api/v1/assessment/goals", new GoalRequest("불량 줄이기", "defect_rate", 2))).Content.ReadFromJsonAsync<GoalView>(ApiJson.Options))!;

        (await theirOwner.GetFromJsonAsync<List<AnswerView>>("/api/v1/assessment/answers", ApiJson.Options))!.ShouldBeEmpty();
        (await theirOwner.GetFromJsonAsync<List<GoalView>>("/api/v1/assessment/goals", ApiJson.Options))!.ShouldBeEmpty();
        (await theirOwner.GetAsync("/api/v1/assessment/verifications/S1-SL-03")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await theirOwner.GetAsync("/api/v1/assessment/verifications/S1-SL-03/attachment")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await theirConsultant.DeleteAsync("/api/v1/assessment/verifications/S1-SL-03")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await theirOwner.PutAsJsonAsync($"/api/v1/assessment/goals/{goal.Id}", new GoalRequest("바꿈", "otd", 1))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await theirOwner.DeleteAsync($"/api/v1/assessment/goals/{goal.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var asked = new HttpRequestMessage(HttpMethod.Get, "/api/v1/assessment/answers");
        asked.Headers.Add("X-Workshop", ours.Tenant.Slug);
        (await theirOwner.SendAsync(asked)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await owner.GetFromJsonAsync<List<AnswerView>>("/api/v1/assessment/answers", ApiJson.Options))!.ShouldHaveSingleItem();
        (await owner.GetFromJsonAsync<List<GoalView>>("/api/v1/assessment/goals", ApiJson.Options))!.ShouldHaveSingleItem().Title.ShouldBe("불량 줄이기");
        (await owner.GetAsync("/api/v1/assessment/verifications/S1-SL-03/attachment")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_same_answer_sent_at_once_from_two_requests_ends_as_one_row_without_an_error()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var phone = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);
        var tablet = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);

        for (var round = 0; round < 5; round++)
        {
            var indicator = $"S2-DC-0{round + 1}";
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? phone : tablet).PutAsJsonAsync($"/api/v1/assessment/answers/{indicator}", new AnswerRequest(2 + (i % 2)))));
            answers.Select(a => a.StatusCode).ShouldAllBe(status => status == HttpStatusCode.OK);
        }

        await using var db = database.CreateContext();
        var rows = await db.SelfAssessmentAnswers.IgnoreQueryFilters().Where(a => a.WorkshopId == ours.Tenant.Id).ToListAsync();
        rows.Count.ShouldBe(5);
        rows.Select(r => r.IndicatorId).ShouldBeUnique();
    }

    [Fact]
    public async Task The_catalogue_asks_in_the_callers_language()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var manager = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Manager);

        var korean = await manager.GetFromJsonAsync<AssessmentCatalogue>("/api/v1/assessment/catalogue", ApiJson.Options);
        var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/assessment/catalogue");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = await (await manager.SendAsync(english)).Content.ReadFromJsonAsync<AssessmentCatalogue>(ApiJson.Options);

        korean!.Items.Count.ShouldBe(42);
        korean.Version.ShouldBe(CatalogueFile.Stage.Version);
        korean.Items.Single(i => i.Id == "S3-DC-01").Question.ShouldBe("작업 단계의 시작·종료를 작업 현장에서 그 순간에 기록합니까?");
        korean.Items.Single(i => i.Id == "S3-DC-01").Answers.ShouldBe(["전혀 아니다", "시작(계획) 단계", "일부 적용", "대부분 적용", "완전히·매일"]);
        inEnglish!.Items.Single(i => i.Id == "S3-DC-01").Question.ShouldBe("Are work steps recorded at the moment they start and finish, at the workstation?");
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>(ApiJson.Options)!;
    }
}
