namespace Workshop.Mes.Domain.Assessment;

/// <summary>The owner's answers and what each is worth (§5.4): five steps of agreement, or six of technology adoption (EU DMA 0–5).</summary>
public static class SelfAnswer
{
    /// <summary>전혀 아니다 · 시작(계획) 단계 · 일부 적용 · 대부분 적용 · 완전히·매일.</summary>
    private static readonly double[] _agreement = [0.00, 0.10, 0.40, 0.70, 1.00];

    /// <summary>미사용 · 검토 · 시제품 · 시험 · 도입중 · 운영: the first four stay in N/P, "rolling out" is L, "in operation" F.</summary>
    private static readonly double[] _adoption = [0.00, 0.05, 0.10, 0.30, 0.70, 1.00];

    public static int Steps(AnswerScale scale) => scale == AnswerScale.Adoption ? _adoption.Length : _agreement.Length;

    public static bool IsValid(AnswerScale scale, int step) => step >= 0 && step < Steps(scale);

    public static double Value(AnswerScale scale, int step) =>
        IsValid(scale, step)
            ? (scale == AnswerScale.Adoption ? _adoption : _agreement)[step]
            : throw new ArgumentOutOfRangeException(nameof(step), step, $"A {scale} answer is a step from 0 to {Steps(scale) - 1}.");
}
