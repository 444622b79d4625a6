namespace Workshop.Mes.Contracts.WorkOrders;

/// <summary>Why an order ends short of its quantity (the fabric was ruined, the customer withdrew); kept on the timeline.</summary>
public sealed record CloseShortRequest(string? Reason);
