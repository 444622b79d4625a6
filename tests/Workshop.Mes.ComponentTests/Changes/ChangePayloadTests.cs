using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Changes;

namespace Workshop.Mes.ComponentTests.Changes;

/// <summary>The notification's text (ADR 0060): small, read back exactly, and anything else ignored with a warning.</summary>
public sealed class ChangePayloadTests
{
    private static readonly Guid _workshop = Guid.Parse("0193a5b0-0000-7000-8000-000000000001");
    private static readonly Guid _order = Guid.Parse("0193a5b0-0000-7000-8000-000000000002");

    [Theory]
    [InlineData(nameof(ChangeKind.ProductionRecorded))]
    [InlineData(nameof(ChangeKind.DefectRecorded))]
    [InlineData(nameof(ChangeKind.StockPosted))]
    [InlineData(nameof(ChangeKind.OrderStatusChanged))]
    public void A_change_reads_back_as_it_was_published_in_a_small_payload(string kind)
    {
        var change = new WorkshopChange(_workshop, Enum.Parse<ChangeKind>(kind), _order);

        var payload = ChangePayload.Format(change);

        ChangePayload.Parse(payload).ShouldBe(change);
        Encoding.UTF8.GetByteCount(payload).ShouldBeLessThan(200);
    }

    [Fact]
    public void A_change_without_a_subject_reads_back_without_one()
    {
        var change = new WorkshopChange(_workshop, ChangeKind.StockPosted);

        ChangePayload.Parse(ChangePayload.Format(change)).ShouldBe(change);
    }

    [Fact]
    public void Reconnected_is_a_local_signal_and_is_never_published()
    {
        Should.Throw<ArgumentException>(() => ChangePayload.Format(new WorkshopChange(_workshop, ChangeKind.Reconnected)));
        ChangePayload.Parse($$"""{"w":"{{_workshop}}","k":"Reconnected"}""").ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("""{"k":"StockPosted"}""")]
    [InlineData("""{"w":"not-a-guid","k":"StockPosted"}""")]
    [InlineData("""{"w":"00000000-0000-0000-0000-000000000000","k":"StockPosted"}""")]
    [InlineData("""{"w":"0193a5b0-0000-7000-8000-000000000001","k":"Teleported"}""")]
    [InlineData("""{"w":"0193a5b0-0000-7000-8000-000000000001","k":"2"}""")]
    [InlineData("""{"w":"0193a5b0-0000-7000-8000-000000000001","k":"stockposted"}""")]
    [InlineData("""{"w":"0193a5b0-0000-7000-8000-000000000001"}""")]
    public void A_payload_that_is_no_published_change_reads_as_nothing(string payload)
    {
        ChangePayload.Parse(payload).ShouldBeNull();
    }

    [Fact]
    public void The_listener_ignores_a_malformed_notification_and_logs_it()
    {
        var logger = new Warnings();
        var listener = new ChangeListener(
            new ChangeFeed(NullLogger<ChangeFeed>.Instance), new MesConnections("Host=localhost", "Host=localhost"), new ConfigurationBuilder().Build(), logger);

        listener.Heard("{not json");

        logger.Messages.ShouldHaveSingleItem().ShouldContain("{not json");
    }

    [Fact]
    public void The_listeners_connection_is_its_own_session_named_for_pg_stat_activity()
    {
        var listener = new ChangeListener(
            new ChangeFeed(NullLogger<ChangeFeed>.Instance), new MesConnections("Host=db;Username=app;Pooling=true", "Host=db"), new ConfigurationBuilder().Build(), NullLogger<ChangeListener>.Instance);

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(listener.ConnectionString());

        connection.ApplicationName.ShouldBe(ChangeListener.ApplicationName);
        connection.Pooling.ShouldBeFalse();
        connection.Host.ShouldBe("db");
    }

    private sealed class Warnings : ILogger<ChangeListener>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }
}
