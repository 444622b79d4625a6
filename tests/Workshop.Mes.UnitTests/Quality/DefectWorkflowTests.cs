using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Quality;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Quality;

/// <summary>The defect's workflow as the quality pages drive it: open → analysed (with lot and station) → closed (with owner and due date).</summary>
public sealed class DefectWorkflowTests
{
    private readonly Guid _station = Guid.CreateVersion7();
    private readonly Guid _lot = Guid.CreateVersion7();

    [Fact]
    public void Analysing_names_the_suspected_lot_and_station_and_when()
    {
        var defect = NewDefect();
        var suspectStation = Guid.CreateVersion7();

        defect.Analyse("원단 로트 염색 얼룩", CauseCategory.Material, _lot, suspectStation, Now.AddHours(3));

        defect.Status.ShouldBe(DefectStatus.Analysed);
        defect.SuspectedLotId.ShouldBe(_lot);
        defect.SuspectedWorkstationId.ShouldBe(suspectStation);
        defect.AnalysedAt.ShouldBe(Now.AddHours(3));
        defect.TargetWorkstationId.ShouldBe(suspectStation);
    }

    [Fact]
    public void Without_a_suspected_station_the_action_targets_where_the_defect_was_found()
    {
        var defect = NewDefect();

        defect.Analyse("바늘 마모", CauseCategory.Machine);

        defect.TargetWorkstationId.ShouldBe(_station);
    }

    [Fact]
    public void Closing_keeps_the_action_its_owner_and_due_date()
    {
        var defect = NewDefect();
        defect.Analyse("바늘 마모", CauseCategory.Machine);

        defect.Close("바늘 1,500땀마다 교체", Now.AddDays(1), WorkerId, new DateOnly(2026, 11, 24));

        defect.Status.ShouldBe(DefectStatus.Closed);
        defect.ActionOwnerId.ShouldBe(WorkerId);
        defect.ActionDueOn.ShouldBe(new DateOnly(2026, 11, 24));
        defect.ClosedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void An_empty_owner_is_refused_and_the_defect_stays_analysed()
    {
        var defect = NewDefect();
        defect.Analyse("바늘 마모", CauseCategory.Machine);

        Should.Throw<DomainRuleException>(() => defect.Close("교체", Now, Guid.Empty, new DateOnly(2026, 11, 24))).Code.ShouldBe("defect.action_owner_required");
        defect.Status.ShouldBe(DefectStatus.Analysed);
        defect.CorrectiveAction.ShouldBeNull();
    }

    [Fact]
    public void An_illegal_transition_names_the_status_it_is_in_and_the_one_asked_for()
    {
        var defect = NewDefect();

        var closing = Should.Throw<DomainRuleException>(() => defect.EnsureCanClose());
        defect.Analyse("바늘 마모", CauseCategory.Machine);
        var analysingAgain = Should.Throw<DomainRuleException>(() => defect.EnsureCanAnalyse());

        closing.Arguments.ShouldBe(["Open", "Closed"]);
        analysingAgain.Arguments.ShouldBe(["Analysed", "Analysed"]);
    }

    private DefectRecord NewDefect() =>
        new(WorkshopId, "DF-2611-0001", new DefectSource(Guid.CreateVersion7(), WorkstationId: _station), DefectCodeId, CauseCategory.Man, 2, Disposition.Scrap, DefectCost.Zero, Now);
}
