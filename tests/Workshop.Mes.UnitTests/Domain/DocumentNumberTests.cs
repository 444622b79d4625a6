using Workshop.Mes.Domain.Common;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData(DocumentNumber.WorkOrder, 2026, 11, 7, "WO-2611-0007")]
    [InlineData(DocumentNumber.CustomerOrder, 2026, 1, 1, "SO-2601-0001")]
    [InlineData(DocumentNumber.Shipment, 2030, 12, 123, "SH-3012-0123")]
    [InlineData(DocumentNumber.Defect, 2026, 3, 9999, "DF-2603-9999")]
    [InlineData(DocumentNumber.WorkOrder, 2026, 11, 12345, "WO-2611-12345")]
    public void A_document_number_is_prefix_year_month_and_a_padded_sequence(string prefix, int year, int month, int sequence, string expected)
    {
        DocumentNumber.Format(prefix, new DateOnly(year, month, 17), sequence).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Sequences_start_at_one(int sequence)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DocumentNumber.Format(DocumentNumber.WorkOrder, Today, sequence));
    }

    [Fact]
    public void A_sequence_hands_out_the_next_number_of_its_month()
    {
        var sequence = new NumberSequence(WorkshopId, DocumentNumber.WorkOrder, new DateOnly(2026, 11, 23));

        sequence.Next().ShouldBe("WO-2611-0001");
        sequence.Next().ShouldBe("WO-2611-0002");
        sequence.Next().ShouldBe("WO-2611-0003");
        sequence.LastValue.ShouldBe(3);
        sequence.Period.ShouldBe(new DateOnly(2026, 11, 1));
    }

    [Fact]
    public void Each_sequence_counts_on_its_own()
    {
        var workOrders = new NumberSequence(WorkshopId, DocumentNumber.WorkOrder, Today);
        var shipments = new NumberSequence(WorkshopId, DocumentNumber.Shipment, Today);
        var december = new NumberSequence(WorkshopId, DocumentNumber.WorkOrder, new DateOnly(2026, 12, 1));

        workOrders.Next();
        workOrders.Next();

        shipments.Next().ShouldBe("SH-2611-0001");
        december.Next().ShouldBe("WO-2612-0001");
        workOrders.Next().ShouldBe("WO-2611-0003");
    }

    [Fact]
    public void A_sequence_needs_a_prefix()
    {
        Should.Throw<DomainRuleException>(() => new NumberSequence(WorkshopId, " ", Today)).Code.ShouldBe("rule.required");
    }
}
