using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.UnitTests.Domain.Access;

public sealed class CredentialTokenTests
{
    private static readonly Guid _workshop = Guid.CreateVersion7();
    private static readonly Guid _row = Guid.CreateVersion7();

    [Fact]
    public void A_token_reads_back_its_workshop_row_and_secret()
    {
        var token = CredentialToken.Create(CredentialToken.ApiKeyPrefix, _workshop, _row);

        var parsed = CredentialToken.TryParse(token.Value, CredentialToken.ApiKeyPrefix);

        parsed.ShouldBe(token);
        token.Value.ShouldStartWith("mes.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mes.")]
    [InlineData("mes.abc.def")]
    [InlineData("not a token at all")]
    public void Malformed_values_are_not_tokens(string? value)
    {
        CredentialToken.TryParse(value, CredentialToken.ApiKeyPrefix).ShouldBeNull();
    }

    [Fact]
    public void A_token_of_another_kind_is_not_accepted_as_this_kind()
    {
        var device = CredentialToken.Create(CredentialToken.DevicePrefix, _workshop, _row);

        CredentialToken.TryParse(device.Value, CredentialToken.ApiKeyPrefix).ShouldBeNull();
    }

    [Fact]
    public void Only_the_hash_of_the_secret_is_kept_and_it_matches_the_secret_alone()
    {
        var token = CredentialToken.Create(CredentialToken.ApiKeyPrefix, _workshop, _row);

        token.SecretHash.ShouldNotContain(token.Secret);
        SecretHash.Matches(token.Secret, token.SecretHash).ShouldBeTrue();
        SecretHash.Matches(token.Secret + "x", token.SecretHash).ShouldBeFalse();
        token.ToString().ShouldNotContain(token.Secret);
    }
}
