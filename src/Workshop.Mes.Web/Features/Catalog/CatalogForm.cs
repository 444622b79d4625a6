namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>What a table's form fields bind to: the request being edited and the per-field errors of the last save.</summary>
/// <summary>The errors side of a form, for field components that do not care what is edited.</summary>
public interface ICodeNameForm
{
    bool Has(string field);

    string? Error(string field);
}

public sealed class CatalogForm<TRequest>(TRequest model, IReadOnlyDictionary<string, string[]> errors) : ICodeNameForm
    where TRequest : class
{
    public TRequest Model { get; } = model;

    public bool IsNew { get; init; }

    public bool Has(string field) => errors.ContainsKey(field);

    public string? Error(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
