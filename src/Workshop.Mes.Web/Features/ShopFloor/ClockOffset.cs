namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>How far a tablet's clock is off, measured at a send (ADR 0044).</summary>
internal static class ClockOffset
{
    /// <summary>Below this the difference is network latency and jitter, not a wrong clock.</summary>
    public static readonly TimeSpan Tolerated = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The correction to add to the send's capture times: none for a clock within a minute of ours, so that two taps a
    /// moment apart sent in two requests keep the order the tablet saw, whatever each request's latency.
    /// </summary>
    public static TimeSpan Measured(DateTimeOffset? sentAt, DateTimeOffset received) =>
        sentAt is { } sent && (received - sent).Duration() > Tolerated ? received - sent : TimeSpan.Zero;
}
