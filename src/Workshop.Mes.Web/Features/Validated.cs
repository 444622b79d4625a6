namespace Workshop.Mes.Web.Features;

/// <summary>
/// The outcome of a change that validates input: per-field errors, or the result. Pages show the errors by their
/// fields; the API answers them through <see cref="Api.ValidationProblems"/>.
/// </summary>
public sealed record Validated<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
    where T : class
{
    public bool IsValid => Errors.Count == 0;
}
