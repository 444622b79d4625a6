using System.Net.Sockets;
using Npgsql;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.IntegrationTests.Identity;

/// <summary>
/// A page's periodic session check that could not reach the database keeps the page until the next check (ADR 0072);
/// anything else it meets still ends the page. What ends it when the check runs is in <see cref="LivePageTests"/>.
/// </summary>
public sealed class SessionCheckFailureTests
{
    public static TheoryData<string, Exception> CouldNotReachTheDatabase => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "the pool is full", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        { "a command timed out", new TimeoutException() },
        { "the server restarts", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown) },
        { "wrapped by EF", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("reset", new IOException())) },
    };

    public static TheoryData<string, Exception> SomethingElse => new()
    {
        { "a permission error", new PostgresException("permission denied for table users", "ERROR", "ERROR", PostgresErrorCodes.InsufficientPrivilege) },
        { "a bug", new InvalidOperationException("Sequence contains more than one element") },
        { "a null", new NullReferenceException() },
    };

    [Theory]
    [MemberData(nameof(CouldNotReachTheDatabase))]
    public void A_check_the_database_could_not_answer_keeps_the_page(string why, Exception failure) =>
        SessionRevalidation.CouldNotCheck(failure).ShouldBeTrue(why);

    [Theory]
    [MemberData(nameof(SomethingElse))]
    public void Any_other_failure_ends_the_page_as_the_framework_does(string why, Exception failure) =>
        SessionRevalidation.CouldNotCheck(failure).ShouldBeFalse(why);
}
