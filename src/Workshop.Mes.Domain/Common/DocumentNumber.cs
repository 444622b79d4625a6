using System.Globalization;

namespace Workshop.Mes.Domain.Common;

/// <summary>The numbers people read and say aloud: <c>WO-2611-0007</c> is the 7th work order of November 2026.</summary>
public static class DocumentNumber
{
    public const string WorkOrder = "WO";
    public const string CustomerOrder = "SO";
    public const string Shipment = "SH";
    public const string Defect = "DF";
    public const string StageAssessment = "SA";

    public static string Format(string prefix, DateOnly period, int sequence)
    {
        if (sequence < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), "Sequences start at 1.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{period:yyMM}-{sequence:0000}");
    }
}
