using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The stage report as a PDF (§11), in the reader's language.</summary>
internal static class StageReportPdf
{
    public static byte[] Render(StageReportDocument report, IStringLocalizer text) =>
        throw new NotImplementedException("The PDF stage report is being written.");
}
