namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// <c>evaluate-stages [--workshop &lt;slug&gt;]</c>: fills the missing weekly evaluations of every workshop (or one) and
/// says how many weeks it evaluated for each; a stray argument or an unknown workshop exits with 2.
/// </summary>
internal static class EvaluateStagesCommand
{
    public const string Name = "evaluate-stages";
    public const int BadArguments = 2;

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? slug = null;
        if (args.Count == 3 && args[1] == "--workshop" && !string.IsNullOrWhiteSpace(args[2]))
        {
            slug = args[2].Trim().ToLowerInvariant();
        }
        else if (args.Count != 1)
        {
            await error.WriteLineAsync("Usage: evaluate-stages [--workshop <slug>]");
            return BadArguments;
        }

        var done = await WeeklyEvaluationJob.RunOnceAsync(services, slug, cancellationToken);
        if (slug is not null && done.Count == 0)
        {
            await error.WriteLineAsync($"No workshop '{args[2]}'; nothing was evaluated.");
            return BadArguments;
        }

        foreach (var (workshop, added) in done)
        {
            await output.WriteLineAsync($"{workshop}: {added} weekly evaluations added.");
        }

        return 0;
    }
}
