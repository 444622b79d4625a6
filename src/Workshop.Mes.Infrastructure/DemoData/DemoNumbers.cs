using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// The workshop's number sequences, one per prefix and month, handed out in time order so that numbering
/// in the running system continues after the demo's highest number.
/// </summary>
internal sealed class DemoNumbers(Guid workshopId)
{
    private readonly Dictionary<(string Prefix, DateOnly Period), NumberSequence> _sequences = [];

    public IReadOnlyCollection<NumberSequence> Sequences => _sequences.Values;

    /// <summary>The next number of <paramref name="prefix"/> for the month of <paramref name="local"/> (Seoul time).</summary>
    public string Next(string prefix, DateTime local)
    {
        var period = new DateOnly(local.Year, local.Month, 1);
        if (!_sequences.TryGetValue((prefix, period), out var sequence))
        {
            sequence = new NumberSequence(workshopId, prefix, period);
            _sequences.Add((prefix, period), sequence);
        }

        return sequence.Next();
    }
}
