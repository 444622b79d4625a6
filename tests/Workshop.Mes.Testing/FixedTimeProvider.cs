namespace Workshop.Mes.Testing;

/// <summary>A clock that always says the same time, so "late" and "today" do not depend on when tests run.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
