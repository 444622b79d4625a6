using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.IntegrationTests.Identity;

/// <summary>Pure checks of the password rules (here because they live in the web project).</summary>
public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password123456", CommonPasswordValidator.CommonCode)]
    [InlineData("qwertyuiop", CommonPasswordValidator.CommonCode)]
    [InlineData("Qwertyuiop2024!", CommonPasswordValidator.CommonCode)]
    [InlineData("1q2w3e4r5t6y", CommonPasswordValidator.CommonCode)]
    [InlineData("aaaaaaaaaaaaaa", CommonPasswordValidator.RepeatedCode)]
    [InlineData("kim.minsu-workshop", CommonPasswordValidator.ContainsEmailCode)]
    public void Guessable_passwords_are_refused(string password, string code) =>
        CommonPasswordValidator.Check("kim.minsu@example.com", password).ShouldBe(code);

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("창신동 봉제공방 2026년")]
    [InlineData("blue-kettle-on-the-sewing-table")]
    public void Long_unusual_passphrases_pass(string password) =>
        CommonPasswordValidator.Check("kim.minsu@example.com", password).ShouldBeNull();
}
