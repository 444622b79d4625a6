using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.UnitTests.Domain.Access;

public sealed class AccessRulesTests
{
    private static readonly Guid _workshop = Guid.CreateVersion7();
    private static readonly DateTimeOffset _now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_invitation_link_works_once_before_it_expires()
    {
        var invitation = new Invitation(_workshop, WorkshopRole.Manager, "Kim@Example.com", "김 실장", "owner", _now);
        var token = invitation.IssueToken();

        invitation.Accept(token, _now.AddDays(1));

        invitation.Email.ShouldBe("kim@example.com");
        invitation.StateAt(_now.AddDays(1)).ShouldBe(InvitationState.Accepted);
        Should.Throw<DomainRuleException>(() => invitation.Accept(token, _now.AddDays(2))).Code.ShouldBe("invitation.used");
    }

    [Theory]
    [InlineData(8, "invitation.expired")]
    public void An_old_invitation_is_refused(int days, string code)
    {
        var invitation = new Invitation(_workshop, WorkshopRole.Consultant, "c@example.com", "컨설턴트", "owner", _now);
        var token = invitation.IssueToken();

        Should.Throw<DomainRuleException>(() => invitation.Accept(token, _now.AddDays(days))).Code.ShouldBe(code);
    }

    [Fact]
    public void A_withdrawn_invitation_or_a_wrong_secret_is_refused()
    {
        var invitation = new Invitation(_workshop, WorkshopRole.Worker, null, "박민수", "owner", _now);
        var token = invitation.IssueToken();

        Should.Throw<DomainRuleException>(() => invitation.Accept(token with { Secret = new string('A', 43) }, _now)).Code.ShouldBe("invitation.invalid");
        invitation.Revoke(_now);
        Should.Throw<DomainRuleException>(() => invitation.Accept(token, _now)).Code.ShouldBe("invitation.revoked");
    }

    [Fact]
    public void An_account_invitation_needs_an_email_but_a_worker_invitation_does_not()
    {
        Should.Throw<DomainRuleException>(() => new Invitation(_workshop, WorkshopRole.Manager, " ", "김", "owner", _now)).Code.ShouldBe("invitation.email_required");
        new Invitation(_workshop, WorkshopRole.Worker, null, "김", "owner", _now).Email.ShouldBeNull();
    }

    [Fact]
    public void A_pairing_code_is_short_unambiguous_and_works_once_within_ten_minutes()
    {
        var pairing = new DevicePairing(_workshop, "재단 태블릿", "owner", _now);
        var code = pairing.IssueCode();

        code.ShouldMatch("^[A-Z2-9]{4}-[A-Z2-9]{4}$");
        code.ShouldNotContain('0');
        code.ShouldNotContain('O');
        DevicePairing.HashCode(DevicePairing.Normalise(code.ToLowerInvariant().Replace("-", " "))!).ShouldBe(pairing.CodeHash);

        var device = pairing.Redeem(_now.AddMinutes(9));
        device.Name.ShouldBe("재단 태블릿");
        pairing.DeviceId.ShouldBe(device.Id);
        Should.Throw<DomainRuleException>(() => pairing.Redeem(_now.AddMinutes(9))).Code.ShouldBe("pairing.used");
    }

    [Fact]
    public void A_stale_pairing_code_is_refused()
    {
        var pairing = new DevicePairing(_workshop, "태블릿", "owner", _now);
        pairing.IssueCode();

        Should.Throw<DomainRuleException>(() => pairing.Redeem(_now.AddMinutes(10))).Code.ShouldBe("pairing.expired");
    }

    [Fact]
    public void A_revoked_tablet_no_longer_accepts_its_credential()
    {
        var device = new FloorDevice(_workshop, "태블릿", _now);
        var credential = device.IssueCredential();
        device.Accepts(credential).ShouldBeTrue();

        device.Revoke(_now);

        device.Accepts(credential).ShouldBeFalse();
    }

    [Fact]
    public void An_api_key_cannot_be_an_owner_and_stops_working_when_revoked()
    {
        Should.Throw<DomainRuleException>(() => new ApiKey(_workshop, "ERP", WorkshopRole.Owner, "owner", _now)).Code.ShouldBe("api_key.owner_role");

        var key = new ApiKey(_workshop, "ERP", WorkshopRole.Manager, "owner", _now);
        var token = key.Issue();
        key.Hint.ShouldBe(token.Secret[^4..]);
        key.Accepts(token).ShouldBeTrue();
        key.Revoke(_now);
        key.Accepts(token).ShouldBeFalse();
    }

    [Fact]
    public void Last_used_is_written_at_most_once_a_minute()
    {
        var key = new ApiKey(_workshop, "ERP", WorkshopRole.Worker, "owner", _now);

        key.Used(_now).ShouldBeTrue();
        key.Used(_now.AddSeconds(30)).ShouldBeFalse();
        key.Used(_now.AddMinutes(1)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("123")]
    [InlineData("123456789")]
    [InlineData("12a4")]
    public void A_pin_is_four_to_eight_digits(string pin)
    {
        Should.Throw<DomainRuleException>(() => PinPolicy.Validate(pin)).Code.ShouldBe("pin.format");
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("1234")]
    [InlineData("987654")]
    public void A_pin_that_is_guessed_first_is_refused(string pin)
    {
        Should.Throw<DomainRuleException>(() => PinPolicy.Validate(pin)).Code.ShouldBe("pin.too_simple");
    }

    [Fact]
    public void Five_wrong_pins_in_a_row_lock_pin_sign_in_for_a_quarter_hour()
    {
        var worker = new Worker(_workshop, "김미숙", "W001", 12_000);
        PinPolicy.Validate("2580").ShouldBe("2580");

        for (var i = 0; i < 4; i++)
        {
            worker.PinFailed(_now);
        }

        worker.IsPinLockedAt(_now).ShouldBeFalse();
        worker.PinFailed(_now);
        worker.IsPinLockedAt(_now.AddMinutes(14)).ShouldBeTrue();
        worker.IsPinLockedAt(_now.AddMinutes(15)).ShouldBeFalse();
    }

    [Fact]
    public void A_worker_session_ends_at_the_shift_end_and_never_runs_past_a_long_shift()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var morning = new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.FromHours(9));
        var evening = new DateTimeOffset(2026, 11, 10, 20, 0, 0, TimeSpan.FromHours(9));

        ShiftRules.SessionEnd(morning, new TimeOnly(19, 0), seoul).ShouldBe(new DateTimeOffset(2026, 11, 10, 19, 0, 0, TimeSpan.FromHours(9)));
        ShiftRules.SessionEnd(evening, new TimeOnly(19, 0), seoul).ShouldBe(evening + ShiftRules.LongestSession);
        ShiftRules.SessionEnd(new DateTimeOffset(2026, 11, 10, 5, 0, 0, TimeSpan.FromHours(9)), new TimeOnly(19, 0), seoul)
            .ShouldBe(new DateTimeOffset(2026, 11, 10, 17, 0, 0, TimeSpan.FromHours(9)));
    }

    [Fact]
    public void A_worker_session_token_is_only_good_on_its_own_tablet_while_it_runs()
    {
        var device = Guid.CreateVersion7();
        var session = new WorkerSession(_workshop, Guid.CreateVersion7(), device, _now, _now.AddHours(8));
        var token = session.IssueToken();

        session.Accepts(token, device, _now.AddHours(1)).ShouldBeTrue();
        session.Accepts(token, Guid.CreateVersion7(), _now.AddHours(1)).ShouldBeFalse();
        session.Accepts(token, device, _now.AddHours(8)).ShouldBeFalse();
        session.End(_now.AddHours(2));
        session.Accepts(token, device, _now.AddHours(3)).ShouldBeFalse();
    }
}
