namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Which posting the stock dialog makes.</summary>
public enum StockDialogMode
{
    Receive,
    Issue,
    Transfer,
    Adjust,
}
