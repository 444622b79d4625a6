namespace Workshop.Mes.Contracts.Dashboard;

/// <summary>Ended downtime of one reason in the range.</summary>
public sealed record DowntimeReasonRow(Guid ReasonId, string Code, string Name, bool Planned, int Count, decimal Minutes);

public sealed record DowntimeFigure(int Count, decimal Minutes, IReadOnlyList<DowntimeReasonRow> Reasons);

/// <summary>Availability × performance × quality at one station; a factor the data cannot give is null, and so is their product.</summary>
public sealed record StationOee(
    Guid WorkstationId,
    string Code,
    string Name,
    decimal RunMinutes,
    decimal DownMinutes,
    decimal StandardMinutes,
    decimal Good,
    decimal Scrap,
    decimal? Availability,
    decimal? Performance,
    decimal? Quality,
    decimal? Oee);

/// <summary>The definitions, in the reader's language, one tap away on the page.</summary>
public sealed record OeeDefinitions(string Availability, string Performance, string Quality, string Oee);

public sealed record OeeFigure(OeeDefinitions Definitions, IReadOnlyList<StationOee> Stations);
