using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class KoreanParticlesTests
{
    [Theory]
    [InlineData("작업지시", "를")]
    [InlineData("수주", "를")]
    [InlineData("재고", "를")]
    [InlineData("공정", "을")]
    [InlineData("불량", "을")]
    [InlineData("출고", "를")]
    [InlineData("로트", "를")]
    [InlineData("WO-2611-0001", "을")] // 일
    [InlineData("WO-2611-0002", "를")] // 이
    [InlineData("12", "를")] // 십이
    [InlineData("30", "을")] // 삼십
    [InlineData("BOM", "을")] // 봄: ends on M, 엠
    [InlineData("ERP", "를")] // 피
    public void The_object_particle_follows_the_final_sound(string word, string particle) =>
        KoreanParticles.Object(word).ShouldBe(particle);

    [Theory]
    [InlineData("서울", "로")] // ㄹ takes 로
    [InlineData("작업장", "으로")]
    [InlineData("창고", "로")]
    [InlineData("7", "로")] // 칠
    [InlineData("3", "으로")] // 삼
    [InlineData("L", "로")] // 엘
    [InlineData("M", "으로")] // 엠
    [InlineData("A", "로")] // 에이
    public void Toward_takes_ro_after_a_vowel_or_rieul(string word, string particle) =>
        KoreanParticles.Toward(word).ShouldBe(particle);

    [Theory]
    [InlineData("봉제", "는", "가", "와")]
    [InlineData("재단실", "은", "이", "과")]
    [InlineData("kg", "는", "가", "와")] // 지
    public void Topic_subject_and_and_follow_the_final_sound(string word, string topic, string subject, string and)
    {
        KoreanParticles.Topic(word).ShouldBe(topic);
        KoreanParticles.Subject(word).ShouldBe(subject);
        KoreanParticles.And(word).ShouldBe(and);
    }

    [Theory]
    [InlineData("작업지시 WO-2611-0004을(를) 만들었습니다.", "작업지시 WO-2611-0004를 만들었습니다.")]
    [InlineData("수주 SO-2611-0013을(를) 등록했습니다.", "수주 SO-2611-0013을 등록했습니다.")]
    [InlineData("상태를 '진행 중'(으)로 바꿨습니다.", "상태를 '진행 중'으로 바꿨습니다.")]
    [InlineData("상태를 '보류'(으)로 바꿨습니다.", "상태를 '보류'로 바꿨습니다.")]
    [InlineData("이미 단위 m(으)로 등록된 품목", "이미 단위 m으로 등록된 품목")]
    [InlineData("위치 코드 '창고2'이(가) 없습니다.", "위치 코드 '창고2'가 없습니다.")]
    [InlineData("'3월'은(는) 숫자가 아닙니다.", "'3월'은 숫자가 아닙니다.")]
    [InlineData("김대표 님을 관리자(으)로 초대했습니다.", "김대표 님을 관리자로 초대했습니다.")]
    public void Resolve_replaces_every_combined_particle(string written, string read) =>
        KoreanParticles.Resolve(written).ShouldBe(read);

    [Theory]
    [InlineData("'abc'은(는) 숫자가 아닙니다.")] // a spreadsheet cell: "에이비씨" or "앱시"? no one reading
    [InlineData("{0}을(를) 저장했습니다.")] // nothing filled in yet
    [InlineData("(으)로 시작")]
    public void Without_a_known_reading_the_combined_form_stays(string written) =>
        KoreanParticles.Resolve(written).ShouldBe(written);

    [Fact]
    public void Text_without_particles_is_returned_as_it_is() =>
        KoreanParticles.Resolve("재고가 부족합니다 (3개)").ShouldBe("재고가 부족합니다 (3개)");

    [Theory]
    [InlineData("작업지시 {0:을} 만들었습니다.", "작업지시 {0}을(를) 만들었습니다.")]
    [InlineData("{0:를} 저장했습니다.", "{0}을(를) 저장했습니다.")]
    [InlineData("{2:이} 모자랍니다.", "{2}이(가) 모자랍니다.")]
    [InlineData("{0:은} 이미 있습니다.", "{0}은(는) 이미 있습니다.")]
    [InlineData("{0:과} {1:와}", "{0}과(와) {1}과(와)")]
    [InlineData("{1:으로} 초대했습니다.", "{1}(으)로 초대했습니다.")]
    [InlineData("{0:로}", "{0}(으)로")]
    public void A_particle_written_as_a_values_format_becomes_the_combined_form_after_it(string written, string marked) =>
        KoreanParticles.Mark(written).ShouldBe(marked);

    [Theory]
    [InlineData("{0:N0}원")] // a number format
    [InlineData("{0:yyyy-MM-dd}")] // a date format
    [InlineData("재고가 {0}뿐입니다.")]
    public void Other_formats_are_left_to_string_format(string written) =>
        KoreanParticles.Mark(written).ShouldBe(written);

    [Theory]
    [InlineData("WO-2611-0004", "작업지시 WO-2611-0004를 만들었습니다.")]
    [InlineData("WO-2611-0013", "작업지시 WO-2611-0013을 만들었습니다.")]
    public void Marked_filled_in_and_resolved_a_message_reads_as_written_by_hand(string number, string read) =>
        KoreanParticles.Resolve(string.Format(System.Globalization.CultureInfo.InvariantCulture, KoreanParticles.Mark("작업지시 {0:을} 만들었습니다."), number)).ShouldBe(read);
}
