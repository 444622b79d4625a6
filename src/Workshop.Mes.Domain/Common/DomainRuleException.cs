namespace Workshop.Mes.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> names the rule and is the resource key of the message
/// people see; <see cref="Arguments"/> fill its placeholders. The host maps it to 409 problem details.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string code, string message, params object[] arguments)
        : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }
}
