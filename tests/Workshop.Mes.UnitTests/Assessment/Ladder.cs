using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.UnitTests.Assessment;

/// <summary>Builds evaluations of the stage-v1 catalogue for the scoring tests: achievements by indicator, all measured (grade A) unless said.</summary>
internal sealed class Ladder
{
    private readonly Dictionary<string, IndicatorInput> _inputs;

    private Ladder(double all) =>
        _inputs = Catalogue.Indicators.ToDictionary(i => i.Id, i => new IndicatorInput(i.Id, all, null, null));

    public static StageCatalogue Catalogue => CatalogueFile.Stage;

    /// <summary>Every indicator measured at <paramref name="all"/>.</summary>
    public static Ladder AllAt(double all) => new(all);

    /// <summary>Stages up to <paramref name="through"/> fully met (1.0), the rest at 0.</summary>
    public static Ladder FullThrough(int through)
    {
        var ladder = new Ladder(0);
        foreach (var indicator in Catalogue.Indicators.Where(i => i.Stage <= through))
        {
            ladder.Set(indicator.Id, 1.0);
        }

        return ladder;
    }

    public Ladder Set(string id, double measured)
    {
        _inputs[id] = new IndicatorInput(id, measured, null, null);
        return this;
    }

    public Ladder Stage(int stage, double measured)
    {
        foreach (var indicator in Catalogue.OfStage(stage))
        {
            Set(indicator.Id, measured);
        }

        return this;
    }

    public Ladder Input(IndicatorInput input)
    {
        _inputs[input.Id] = input;
        return this;
    }

    public Ladder NotApplicable(string id)
    {
        _inputs[id] = new IndicatorInput(id, null, null, null, NotApplicable: true);
        return this;
    }

    public IReadOnlyList<IndicatorInput> Inputs => [.. _inputs.Values];

    public IReadOnlyDictionary<string, double?> Achievements => Evaluate([]).Achievements;

    /// <summary><paramref name="weeks"/> weekly evaluations identical to this one, the newest last week.</summary>
    public IReadOnlyList<WeeklyEvaluation> SteadyFor(int weeks, DateOnly today)
    {
        var achievements = Achievements;
        return [.. Enumerable.Range(1, weeks).Select(w => new WeeklyEvaluation(today.AddDays(-7 * w), achievements))];
    }

    public StageResult Evaluate(IReadOnlyList<WeeklyEvaluation> history) => StageEvaluation.Evaluate(Catalogue, Inputs, history);

    /// <summary>Evaluated with a steady history long enough for every stage's stability rule.</summary>
    public StageResult EvaluateSteady() => Evaluate(SteadyFor(26, Today));

    public static readonly DateOnly Today = new(2026, 12, 7);
}
