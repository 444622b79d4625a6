using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features;
using Workshop.Mes.Web.Features.Assessment;

namespace Workshop.Mes.ComponentTests.Assessment;

/// <summary>The assessment in words: "done when" in the indicator's own thresholds, and the files a verification may carry.</summary>
public sealed class AssessmentTextTests
{
    [Fact]
    public void Done_when_says_the_thresholds_of_the_target_band_and_those_below_it_in_the_indicators_units()
    {
        var text = Localizer("ko");
        var entry = CatalogueFile.Stage.Indicator("S3-DC-01");

        AssessmentText.DoneWhen(text, entry, Band.L).ShouldBe("같은 날 입력 비율 50\u00A0% 이상, 입력 지연 중앙값 120분 이하, 4시간 넘게 늦은 입력 비율 25\u00A0% 이하");
        AssessmentText.DoneWhen(text, entry, Band.F).ShouldBe("같은 날 입력 비율 50\u00A0% 이상, 입력 지연 중앙값 15분 이하, 4시간 넘게 늦은 입력 비율 10\u00A0% 이하");
        AssessmentText.DoneWhen(text, CatalogueFile.Stage.Indicator("S1-SL-03"), Band.L).ShouldBe("컨설턴트 확인에서 '대부분 적용' 이상");
    }

    [Fact]
    public void Done_when_reads_in_english_too()
    {
        var text = Localizer("en");

        AssessmentText.DoneWhen(text, CatalogueFile.Stage.Indicator("S3-DC-01"), Band.L)
            .ShouldBe("share entered the same day at least 50\u00A0%, median entry delay at most 120 min, share entered more than 4 hours late at most 25\u00A0%");
    }

    [Theory]
    [InlineData("신청서.pdf", "application/pdf", "신청서.pdf")]
    [InlineData("../../etc/passwd", "image/png", "passwd.png")]
    [InlineData("C:\\Users\\kim\\사진.JPG", "image/jpeg", "사진.jpg")]
    [InlineData("", "image/png", "attachment.png")]
    [InlineData("plan\u0000\".exe", "application/pdf", "plan.pdf")]
    public void A_file_keeps_its_own_name_without_folders_under_its_real_type(string given, string type, string kept) =>
        AttachmentTypes.FileName(given, type).ShouldBe(kept);

    [Fact]
    public void A_file_is_known_by_its_first_bytes()
    {
        AttachmentTypes.Of("%PDF-1.7"u8).ShouldBe(AttachmentTypes.Pdf);
        AttachmentTypes.Of(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }).ShouldBe(AttachmentTypes.Png);
        AttachmentTypes.Of(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }).ShouldBe(AttachmentTypes.Jpeg);
        AttachmentTypes.Of("MZ\u0090"u8).ShouldBeNull();
        AttachmentTypes.Of([]).ShouldBeNull();
    }

    [Theory]
    [InlineData("C14", true)]
    [InlineData("c14", false)]
    [InlineData("C1", false)]
    [InlineData("C141", false)]
    [InlineData("Z14", false)]
    public void An_industry_is_a_ksic_section_letter_and_two_digits(string value, bool valid) =>
        AssessmentText.IsIndustry(value).ShouldBe(valid);

    private static IStringLocalizer Localizer(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources");
        ParticleLocalizerFactory.Register(services);
        return services.BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
    }
}
