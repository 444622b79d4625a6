namespace Workshop.Mes.ComponentTests;

/// <summary>A clock stopped at one moment, so "late" and "today" do not depend on when the tests run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
