using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Keeps the one-time secrets that travel in addresses out of every log event: the token of an invitation link
/// (<c>/join/inv.…</c>) and codes, tokens and keys in a query string (<c>/floor/pair?code=…</c>). Whoever reads the
/// logs must not be able to join a workshop or pair a tablet with what they find there.
/// </summary>
internal sealed partial class SecretRedaction : ILogEventEnricher
{
    public const string Mask = "***";

    public static string Redact(string text) => Secrets().Replace(text, Mask);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Redacted(value) is { } clean)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, clean));
            }
        }
    }

    /// <summary>The value with its secrets masked, or null when it held none.</summary>
    private static LogEventPropertyValue? Redacted(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when Redact(text) is var clean && clean != text => new ScalarValue(clean),
        SequenceValue sequence when sequence.Elements.Any(e => Redacted(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Redacted(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Redacted(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Redacted(p.Value) ?? p.Value)), structure.TypeTag),
        _ => null,
    };

    [GeneratedRegex(@"(?<=/join/)[^/?#\s""]+|(?<=[?&](?:code|token|key|pin|password)=)[^&#\s""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Secrets();
}
