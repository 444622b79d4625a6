using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The stage report's indicators and evidence as an Excel workbook (§11).</summary>
internal static class StageReportWorkbook
{
    public static byte[] Render(StageReportDocument report, IStringLocalizer text) =>
        throw new NotImplementedException("The stage report workbook is being written.");
}
