namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Where a link may send people back to: a path on this site, in the plain ASCII a browser sends (non-ASCII arrives
/// percent-encoded). Anything else — another host, <c>//evil</c>, <c>/\evil</c>, a tab, raw Korean — goes to the
/// fallback, never into a <c>Location</c> header that would fail.
/// </summary>
internal static class ReturnPath
{
    public static string LocalOr(string? url, string fallback = "/") =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && url.All(c => c is > ' ' and < '\u007f')
            ? url
            : fallback;
}
