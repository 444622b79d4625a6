using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.UnitTests.Tablets;

/// <summary>The rules a shared tablet rests on: one-time fresh pairing codes, revocable devices, PIN lockout, device-bound sessions.</summary>
public sealed class FloorAccessRulesTests
{
    private static readonly Guid _workshopId = Guid.CreateVersion7();
    private static readonly DateTimeOffset _now = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("abcd-efgh", "ABCDEFGH")]
    [InlineData(" ABCD EFGH ", "ABCDEFGH")]
    [InlineData("ABCD-EFG", null)]
    [InlineData("ABCD-EFG0", null)]
    [InlineData(null, null)]
    public void A_typed_code_is_read_in_any_case_with_spaces_or_dashes_but_only_from_the_code_alphabet(string? typed, string? expected)
    {
        DevicePairing.Normalise(typed).ShouldBe(expected);
    }

    [Fact]
    public void A_pairing_code_works_once()
    {
        var pairing = new DevicePairing(_workshopId, "재단대 태블릿", "사장님", _now);
        DevicePairing.Normalise(pairing.IssueCode()).ShouldNotBeNull();

        var device = pairing.Redeem(_now.AddMinutes(9));

        device.Name.ShouldBe("재단대 태블릿");
        pairing.DeviceId.ShouldBe(device.Id);
        Should.Throw<DomainRuleException>(() => pairing.Redeem(_now.AddMinutes(9))).Code.ShouldBe("pairing.used");
    }

    [Fact]
    public void A_pairing_code_expires_after_ten_minutes()
    {
        var pairing = new DevicePairing(_workshopId, "재단대 태블릿", "사장님", _now);

        Should.Throw<DomainRuleException>(() => pairing.Redeem(_now + DevicePairing.Lifetime)).Code.ShouldBe("pairing.expired");
    }

    [Fact]
    public void A_revoked_device_refuses_its_own_credential()
    {
        var device = new FloorDevice(_workshopId, "재단대 태블릿", _now);
        var token = device.IssueCredential();
        device.Accepts(CredentialToken.TryParse(token.Value, CredentialToken.DevicePrefix)!).ShouldBeTrue();

        device.Revoke(_now.AddHours(1));

        device.Accepts(token).ShouldBeFalse();
    }

    [Fact]
    public void Last_seen_is_written_at_most_once_a_minute()
    {
        var device = new FloorDevice(_workshopId, "재단대 태블릿", _now);

        device.Seen(_now).ShouldBeTrue();
        device.Seen(_now.AddSeconds(59)).ShouldBeFalse();
        device.Seen(_now.AddMinutes(1)).ShouldBeTrue();
    }

    [Fact]
    public void The_fifth_wrong_pin_in_a_row_locks_for_a_quarter_of_an_hour()
    {
        var worker = new Worker(_workshopId, "김미숙", "W001", 12_000);
        for (var i = 0; i < PinPolicy.AttemptsBeforeLockout - 1; i++)
        {
            worker.PinFailed(_now);
        }

        worker.IsPinLockedAt(_now).ShouldBeFalse();
        worker.PinFailed(_now);

        worker.IsPinLockedAt(_now.AddMinutes(14)).ShouldBeTrue();
        worker.IsPinLockedAt(_now + PinPolicy.Lockout).ShouldBeFalse();
    }

    [Fact]
    public void A_session_token_works_only_on_its_tablet_and_only_until_it_ends()
    {
        var deviceId = Guid.CreateVersion7();
        var session = new WorkerSession(_workshopId, Guid.CreateVersion7(), deviceId, _now, _now.AddHours(10));
        var token = session.IssueToken();

        session.Accepts(token, deviceId, _now.AddHours(9)).ShouldBeTrue();
        session.Accepts(token, Guid.CreateVersion7(), _now).ShouldBeFalse();
        session.Accepts(token, deviceId, _now.AddHours(10)).ShouldBeFalse();
        session.End(_now.AddHours(1));
        session.Accepts(token, deviceId, _now.AddHours(2)).ShouldBeFalse();
    }
}
