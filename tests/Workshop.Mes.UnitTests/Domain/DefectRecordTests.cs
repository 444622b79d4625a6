using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Quality;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class DefectRecordTests
{
    private readonly Guid _item = Guid.CreateVersion7();

    [Fact]
    public void A_new_defect_is_open_and_keeps_where_it_came_from()
    {
        var workOrder = Guid.CreateVersion7();
        var station = Guid.CreateVersion7();
        var cost = new DefectCost(12_000, 0, 1_500);

        var defect = new DefectRecord(
            WorkshopId,
            "DF-2611-0001",
            new DefectSource(_item, WorkOrderId: workOrder, WorkstationId: station, WorkerId: WorkerId),
            DefectCodeId,
            CauseCategory.Machine,
            3,
            Disposition.Scrap,
            cost,
            Now);

        defect.Status.ShouldBe(DefectStatus.Open);
        defect.ItemId.ShouldBe(_item);
        defect.WorkOrderId.ShouldBe(workOrder);
        defect.WorkstationId.ShouldBe(station);
        defect.WorkerId.ShouldBe(WorkerId);
        defect.Quantity.ShouldBe(3);
        defect.Cost.Total.ShouldBe(13_500);
        defect.RecordedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_defect_of_no_units_is_refused(decimal quantity)
    {
        Should.Throw<DomainRuleException>(() => new DefectRecord(
                WorkshopId, "DF-2611-0001", new DefectSource(_item), DefectCodeId, CauseCategory.Man, quantity, Disposition.Rework, DefectCost.Zero, Now))
            .Code.ShouldBe("rule.positive");
    }

    [Fact]
    public void Analysing_records_the_root_cause_and_may_correct_the_category()
    {
        var defect = NewDefect(CauseCategory.Man);

        defect.Analyse("Blade worn after 2,000 cuts", CauseCategory.Machine);

        defect.Status.ShouldBe(DefectStatus.Analysed);
        defect.RootCause.ShouldBe("Blade worn after 2,000 cuts");
        defect.CauseCategory.ShouldBe(CauseCategory.Machine);
    }

    [Fact]
    public void Closing_an_analysed_defect_records_the_corrective_action()
    {
        var defect = NewDefect();
        defect.Analyse("Blade worn", CauseCategory.Machine);

        defect.Close("Blade changed every 1,500 cuts", Now.AddDays(2));

        defect.Status.ShouldBe(DefectStatus.Closed);
        defect.CorrectiveAction.ShouldBe("Blade changed every 1,500 cuts");
        defect.ClosedAt.ShouldBe(Now.AddDays(2));
    }

    [Fact]
    public void An_open_defect_cannot_be_closed_before_it_is_analysed()
    {
        var defect = NewDefect();

        Should.Throw<DomainRuleException>(() => defect.Close("Retrained", Now)).Code.ShouldBe("defect.illegal_transition");
        defect.Status.ShouldBe(DefectStatus.Open);
        defect.ClosedAt.ShouldBeNull();
    }

    [Fact]
    public void A_defect_cannot_be_analysed_twice()
    {
        var defect = NewDefect();
        defect.Analyse("Blade worn", CauseCategory.Machine);

        Should.Throw<DomainRuleException>(() => defect.Analyse("Operator", CauseCategory.Man)).Code.ShouldBe("defect.illegal_transition");
        defect.RootCause.ShouldBe("Blade worn");
        defect.CauseCategory.ShouldBe(CauseCategory.Machine);
    }

    [Fact]
    public void A_closed_defect_can_be_neither_analysed_nor_closed_again()
    {
        var defect = ClosedDefect();

        Should.Throw<DomainRuleException>(() => defect.Analyse("Again", CauseCategory.Method)).Code.ShouldBe("defect.illegal_transition");
        Should.Throw<DomainRuleException>(() => defect.Close("Again", Now.AddDays(5))).Code.ShouldBe("defect.illegal_transition");
        defect.CorrectiveAction.ShouldBe("Blade changed");
    }

    [Fact]
    public void Analysing_without_a_root_cause_is_refused_and_leaves_the_defect_open()
    {
        var defect = NewDefect();

        Should.Throw<DomainRuleException>(() => defect.Analyse(" ", CauseCategory.Machine)).Code.ShouldBe("rule.required");
        defect.Status.ShouldBe(DefectStatus.Open);
    }

    [Fact]
    public void Closing_without_a_corrective_action_is_refused_and_leaves_the_defect_analysed()
    {
        var defect = NewDefect();
        defect.Analyse("Blade worn", CauseCategory.Machine);

        Should.Throw<DomainRuleException>(() => defect.Close("", Now)).Code.ShouldBe("rule.required");
        defect.Status.ShouldBe(DefectStatus.Analysed);
    }

    [Theory]
    [InlineData("image/jpeg")]
    [InlineData("image/png")]
    [InlineData("image/webp")]
    public void Jpeg_png_and_webp_photos_can_be_attached(string contentType)
    {
        var defect = NewDefect();

        defect.AttachPhoto("0193a1b2.img", contentType, 245_000, Now);

        var photo = defect.Photos.ShouldHaveSingleItem();
        photo.ContentType.ShouldBe(contentType);
        photo.DefectRecordId.ShouldBe(defect.Id);
        photo.SizeBytes.ShouldBe(245_000);
    }

    [Theory]
    [InlineData("image/gif")]
    [InlineData("image/heic")]
    [InlineData("application/pdf")]
    [InlineData("")]
    public void Other_photo_types_are_refused(string contentType)
    {
        var defect = NewDefect();

        Should.Throw<DomainRuleException>(() => defect.AttachPhoto("0193a1b2.img", contentType, 245_000, Now)).Code.ShouldBe("defect.photo_type");
        defect.Photos.ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_photo_is_refused()
    {
        var defect = NewDefect();

        Should.Throw<DomainRuleException>(() => defect.AttachPhoto("0193a1b2.img", "image/jpeg", 0, Now)).Code.ShouldBe("defect.photo_empty");
        defect.Photos.ShouldBeEmpty();
    }

    [Fact]
    public void An_analysed_defect_still_takes_photos()
    {
        var defect = NewDefect();
        defect.Analyse("Blade worn", CauseCategory.Machine);

        defect.AttachPhoto("0193a1b2.img", "image/png", 1_000, Now);

        defect.Photos.Count.ShouldBe(1);
    }

    [Fact]
    public void A_closed_defect_takes_no_more_photos()
    {
        var defect = ClosedDefect();

        Should.Throw<DomainRuleException>(() => defect.AttachPhoto("0193a1b2.img", "image/jpeg", 1_000, Now)).Code.ShouldBe("defect.closed");
        defect.Photos.ShouldBeEmpty();
    }

    [Fact]
    public void A_note_can_be_added_but_not_blank()
    {
        var defect = NewDefect();

        defect.AddNote("  Found at final inspection ");

        defect.Note.ShouldBe("Found at final inspection");
        Should.Throw<DomainRuleException>(() => defect.AddNote(" ")).Code.ShouldBe("rule.required");
    }

    private DefectRecord NewDefect(CauseCategory category = CauseCategory.Machine) =>
        new(WorkshopId, "DF-2611-0001", new DefectSource(_item), DefectCodeId, category, 2, Disposition.Scrap, DefectCost.Zero, Now);

    private DefectRecord ClosedDefect()
    {
        var defect = NewDefect();
        defect.Analyse("Blade worn", CauseCategory.Machine);
        defect.Close("Blade changed", Now.AddDays(1));
        return defect;
    }
}
