using System.Text;
using System.Text.RegularExpressions;
using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.UnitTests.Assessment;

/// <summary>The stage-v1 catalogue that ships in the domain assembly: the 42 indicators of ASSESSMENT.md §6 as data.</summary>
public sealed partial class StageCatalogueTests
{
    private static readonly string[] _units = ["share", "count", "days", "minutes", "weeks", "months", "ratio"];
    private static readonly string[] _kpis = ["otd", "defect_rate", "lead_time", "stock_accuracy", "output_per_hour", "none"];
    private static readonly string[] _costBands = ["none", "low", "medium", "high"];
    private static readonly string[] _strands = ["quality", "productivity", "delivery", "partners", "foundation"];

    private static readonly string[] _programmes =
        ["공정개선형", "생산관리형", "서비스복합형", "제품·기술혁신형", "컨소시엄형", "기초", "고도화1", "고도화2", "자체"];

    /// <summary>The technology items of stages 4–5 that are also answered on the EU DMA adoption scale (§5.4).</summary>
    private static readonly string[] _adoption =
        ["S4-AD-02", "S4-AD-03", "S4-AD-04", "S4-AD-05", "S4-DC-02", "S5-AD-01", "S5-DC-01", "S5-AD-02", "S5-OI-01", "S5-OI-02"];

    private static StageCatalogue Catalogue => CatalogueFile.Stage;

    [Fact]
    public void The_embedded_catalogue_loads_with_the_42_indicators_and_16_musts_of_section_6()
    {
        Catalogue.Version.ShouldBe("stage-v1.0");
        Catalogue.Indicators.Count.ShouldBe(42);
        Catalogue.Indicators.Count(i => i.Must).ShouldBe(16);
        CatalogueChecks.Problems(Catalogue).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, 7, 3, 1, 5, 1)]
    [InlineData(2, 9, 3, 9, 0, 0)]
    [InlineData(3, 10, 4, 8, 2, 0)]
    [InlineData(4, 9, 3, 8, 0, 1)]
    [InlineData(5, 7, 3, 5, 2, 0)]
    public void Each_stage_has_the_indicators_musts_and_evidence_kinds_of_the_count_table(int stage, int indicators, int musts, int autoY, int autoP, int autoN)
    {
        var ofStage = Catalogue.OfStage(stage).ToList();

        ofStage.Count.ShouldBe(indicators);
        ofStage.Count(i => i.Must).ShouldBe(musts);
        ofStage.Count(i => i.Auto == AutoEvidence.Y).ShouldBe(autoY);
        ofStage.Count(i => i.Auto == AutoEvidence.P).ShouldBe(autoP);
        ofStage.Count(i => i.Auto == AutoEvidence.N).ShouldBe(autoN);
    }

    [Fact]
    public void Every_id_names_its_own_stage_and_dimension()
    {
        foreach (var indicator in Catalogue.Indicators)
        {
            var id = IdPattern().Match(indicator.Id);
            id.Success.ShouldBeTrue(indicator.Id);
            int.Parse(id.Groups["stage"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(indicator.Stage, indicator.Id);
            id.Groups["dimension"].Value.ShouldBe(indicator.Dimension.ToString(), indicator.Id);
        }
    }

    [Fact]
    public void Stages_one_to_three_look_back_90_days_and_stages_four_and_five_180()
    {
        foreach (var indicator in Catalogue.Indicators)
        {
            indicator.WindowDays.ShouldBe(indicator.Stage <= 3 ? 90 : 180, indicator.Id);
        }
    }

    [Fact]
    public void Only_the_indicators_the_data_cannot_show_have_no_rule_and_no_metric()
    {
        foreach (var indicator in Catalogue.Indicators)
        {
            if (indicator.Auto == AutoEvidence.N)
            {
                indicator.Rule.ShouldBe("none", indicator.Id);
                indicator.Metrics.ShouldBeEmpty(indicator.Id);
                indicator.Levels.ShouldBeEmpty(indicator.Id);
            }
            else
            {
                indicator.Rule.ShouldNotBe("none", indicator.Id);
                indicator.MinimumCount.ShouldBeGreaterThan(0, indicator.Id);
                indicator.Thresholds(Band.P).ShouldNotBeEmpty(indicator.Id);
                indicator.Thresholds(Band.F).ShouldNotBeEmpty(indicator.Id);
            }
        }

        Catalogue.Indicators.Where(i => i.Auto == AutoEvidence.N).Select(i => i.Id).ToArray().ShouldBe(new[] { "S1-SL-03", "S4-PC-01" });
    }

    [Fact]
    public void Only_the_technology_items_of_stages_four_and_five_use_the_adoption_scale()
    {
        Catalogue.Indicators.Where(i => i.Scale == AnswerScale.Adoption).Select(i => i.Id).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(_adoption.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_metric_has_a_known_unit_and_runs_from_worst_to_best_in_its_own_direction()
    {
        foreach (var indicator in Catalogue.Indicators)
        {
            indicator.Metrics.Select(m => m.Key).ShouldBeUnique(indicator.Id);
            foreach (var metric in indicator.Metrics)
            {
                var where = $"{indicator.Id} {metric.Key}";
                _units.ShouldContain(metric.Unit, where);
                if (metric.Better == Better.Higher)
                {
                    metric.Best.ShouldBeGreaterThan(metric.Worst, where);
                }
                else
                {
                    metric.Best.ShouldBeLessThan(metric.Worst, where);
                }

                if (metric.Unit == "share")
                {
                    Math.Min(metric.Worst, metric.Best).ShouldBe(0, where);
                    Math.Max(metric.Worst, metric.Best).ShouldBe(1, where);
                }
            }
        }
    }

    [Fact]
    public void Every_threshold_lies_between_worst_and_best_and_no_higher_level_asks_less_than_a_lower_one()
    {
        foreach (var indicator in Catalogue.Indicators)
        {
            foreach (var metric in indicator.Metrics)
            {
                var where = $"{indicator.Id} {metric.Key}";
                var thresholds = new[] { Band.P, Band.L, Band.F }
                    .Select(band => indicator.Thresholds(band).TryGetValue(metric.Key, out var value) ? (double?)value : null)
                    .OfType<double>()
                    .ToList();
                foreach (var threshold in thresholds)
                {
                    threshold.ShouldBeInRange(Math.Min(metric.Worst, metric.Best), Math.Max(metric.Worst, metric.Best), where);
                }

                thresholds.Zip(thresholds.Skip(1))
                    .All(pair => metric.Better == Better.Higher ? pair.Second > pair.First : pair.Second < pair.First)
                    .ShouldBeTrue(where);
            }
        }
    }

    [Fact]
    public void The_worked_example_of_8_7_is_rated_P_for_real_time_capture()
    {
        // Median latency 5 h, backfill 60 %, most entries still on the day: P, below the 0.50 a must needs.
        var values = new Dictionary<string, double> { ["same_day_share"] = 0.8, ["median_latency_minutes"] = 300, ["backfill_share"] = 0.6 };

        var latency = Catalogue.Indicator("S3-DC-01");

        AchievementMap.Reached(latency, values).ShouldBe(Band.P);
        AchievementMap.Of(latency, values).ShouldBeInRange(0.15, 0.49);
    }

    [Fact]
    public void Every_roadmap_item_names_a_known_kpi_cost_band_programme_and_strand()
    {
        foreach (var indicator in Catalogue.Indicators)
        {
            var roadmap = indicator.Roadmap;
            _kpis.ShouldContain(roadmap.Kpi, indicator.Id);
            _costBands.ShouldContain(roadmap.CostBand, indicator.Id);
            _programmes.ShouldContain(roadmap.Programme, indicator.Id);
            _strands.ShouldContain(roadmap.Strand, indicator.Id);
            roadmap.Impact.ShouldBeInRange(1, 3, indicator.Id);
            roadmap.Feasibility.ShouldBeInRange(1, 3, indicator.Id);
        }
    }

    [Fact]
    public void Every_text_a_person_reads_is_there_in_korean_and_english()
    {
        foreach (var (where, text) in Texts())
        {
            text.Ko.ShouldNotBeNullOrWhiteSpace(where);
            text.En.ShouldNotBeNullOrWhiteSpace(where);
            HangulPattern().IsMatch(text.Ko).ShouldBeTrue(where);
        }
    }

    [Fact]
    public void No_korean_text_is_written_with_a_combined_particle()
    {
        string[] combined = ["(를)", "(을)", "(으)로", "(는)", "(은)", "(이)", "(가)", "(과)", "(와)"];

        Texts().Where(t => combined.Any(c => t.Text.Ko.Contains(c, StringComparison.Ordinal))).Select(t => t.Where).ShouldBeEmpty();
    }

    /// <summary>The voice of docs/glossary.md: hints state with "…합니다", actions ask with "…해 주세요"; never "…하세요" or "…해요" (nouns such as 수요 and 필요 end in 요 too).</summary>
    [Fact]
    public void Hints_and_actions_speak_in_the_products_one_polite_voice()
    {
        var casual = new Regex(@"[가-힣]*요(?=[.!,)\s]|$)");
        var said = Catalogue.Indicators.SelectMany(i => new[] { ($"{i.Id} hint", i.Hint.Ko), ($"{i.Id} action", i.Roadmap.Action.Ko) });

        said.SelectMany(s => casual.Matches(s.Item2).Select(m => (s.Item1, Word: m.Value)))
            .Where(found => !found.Word.EndsWith("주세요", StringComparison.Ordinal) && !found.Word.EndsWith("까요", StringComparison.Ordinal))
            .Where(found => found.Word is not ("필요" or "중요" or "주요" or "수요"))
            .Select(found => $"{found.Item1}: {found.Word}")
            .ShouldBeEmpty();
        Catalogue.Indicators.Select(i => i.Roadmap.Action.Ko).ShouldAllBe(action => action.EndsWith("주세요.", StringComparison.Ordinal));
        Catalogue.Indicators.SelectMany(i => new[] { i.Hint.En, i.Roadmap.Action.En })
            .ShouldAllBe(text => text.EndsWith('.') && !text.Contains("please", StringComparison.OrdinalIgnoreCase) && !HangulPattern().IsMatch(text));
    }

    [Fact]
    public void The_rules_hash_is_16_hex_characters()
    {
        Catalogue.RulesHash.ShouldMatch("^[0-9a-f]{16}$");
        Parse(EmbeddedText()).RulesHash.ShouldBe(Catalogue.RulesHash);
    }

    [Fact]
    public void A_reworded_question_or_hint_keeps_the_rules_hash()
    {
        var text = Replace(EmbeddedText(), "Is one person named as responsible for going digital, with set time each week?", "Is someone in charge of going digital, with time set aside every week?");
        text = Replace(text, "\"median_latency_minutes\", \"name\": {\"ko\": \"입력 지연 중앙값\"", "\"median_latency_minutes\", \"name\": {\"ko\": \"입력까지 걸린 시간의 중앙값\"");

        var reworded = Parse(text);

        reworded.Indicator("S1-SL-02").Question.En.ShouldBe("Is someone in charge of going digital, with time set aside every week?");
        reworded.RulesHash.ShouldBe(Catalogue.RulesHash);
    }

    [Fact]
    public void A_moved_threshold_changes_the_rules_hash()
    {
        var moved = Parse(Replace(EmbeddedText(), "\"F\": {\"median_latency_minutes\": 15,", "\"F\": {\"median_latency_minutes\": 20,"));

        moved.Indicator("S3-DC-01").Thresholds(Band.F)["median_latency_minutes"].ShouldBe(20);
        moved.RulesHash.ShouldMatch("^[0-9a-f]{16}$");
        moved.RulesHash.ShouldNotBe(Catalogue.RulesHash);
    }

    [Fact]
    public void A_catalogue_whose_level_names_an_undefined_metric_is_refused_naming_it()
    {
        var broken = Replace(EmbeddedText(), "\"P\": {\"champion_days_per_week\": 1}", "\"P\": {\"champion_hours_per_week\": 1}");

        var refused = Should.Throw<InvalidOperationException>(() => Parse(broken));

        refused.Message.ShouldContain("S1-SL-02: level P names the metric 'champion_hours_per_week', which it does not define.");
    }

    [Fact]
    public void A_catalogue_whose_gate_rule_names_an_unknown_indicator_is_refused_naming_it()
    {
        var broken = Replace(EmbeddedText(), "\"ids\": [\"S5-OI-01\", \"S5-OI-02\"]", "\"ids\": [\"S5-OI-01\", \"S5-OI-03\"]");

        var refused = Should.Throw<InvalidOperationException>(() => Parse(broken));

        refused.Message.ShouldContain("A gate rule names S5-OI-03, which is not in the catalogue.");
    }

    private static IEnumerable<(string Where, LocalText Text)> Texts() =>
        Catalogue.Indicators.SelectMany(i => new[]
            {
                ($"{i.Id} question", i.Question),
                ($"{i.Id} hint", i.Hint),
                ($"{i.Id} action", i.Roadmap.Action),
            }
            .Concat(i.Metrics.Select(m => ($"{i.Id} {m.Key}", m.Name))));

    private static string EmbeddedText()
    {
        using var stream = typeof(CatalogueFile).Assembly.GetManifestResourceStream(CatalogueFile.Current)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Replaces text that occurs exactly once, so a test cannot pass by changing nothing or too much.</summary>
    private static string Replace(string text, string from, string to)
    {
        text.Split(from).Length.ShouldBe(2, $"'{from}' should occur once in the catalogue file.");
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static StageCatalogue Parse(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return CatalogueFile.Parse(stream);
    }

    [GeneratedRegex(@"^S(?<stage>[1-5])-(?<dimension>SL|PC|DC|OI|AD|IS)-\d\d$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"[가-힣]")]
    private static partial Regex HangulPattern();
}
