using System.Threading.Channels;
using Npgsql;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Changes;

/// <summary>
/// This instance's one listening connection (ADR 0060): its own session, outside the app's pool, LISTENing on
/// <see cref="ChangePayload.Channel"/>. When the connection drops it logs, waits (doubling up to half a minute) and
/// connects again, then tells every subscriber <see cref="ChangeKind.Reconnected"/>, as changes in between were missed.
/// </summary>
internal sealed class ChangeListener(ChangeFeed feed, MesConnections connections, IConfiguration configuration, ILogger<ChangeListener> logger) : BackgroundService
{
    /// <summary>How the listener's session shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "mes-change-listener";

    private static readonly TimeSpan _firstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan _longestDelay = TimeSpan.FromSeconds(30);

    private readonly Channel<WorkshopChange> _heard = Channel.CreateUnbounded<WorkshopChange>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// The app's connection, or <c>ConnectionStrings:MesListen</c> when set: LISTEN needs a session of its own, so
    /// behind a transaction-mode pooler (PgBouncer) that one points at PostgreSQL directly.
    /// </summary>
    internal string ConnectionString()
    {
        var configured = configuration.GetConnectionString("MesListen");
        return new NpgsqlConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? connections.App : configured)
        {
            ApplicationName = ApplicationName,
            Pooling = false,
            KeepAlive = 15,
            Enlist = false,
        }.ConnectionString;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dispatching = DispatchAsync(stoppingToken);
        try
        {
            await ListenAsync(stoppingToken);
        }
        finally
        {
            _heard.Writer.TryComplete();
            await dispatching;
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var connectionString = ConnectionString();
        var delay = _firstDelay;
        var missed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Heard(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangePayload.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                feed.Listening();
                delay = _firstDelay;
                if (missed)
                {
                    logger.LogInformation("The change listener is connected again; subscribers read their state again");
                    _heard.Writer.TryWrite(new WorkshopChange(Guid.Empty, ChangeKind.Reconnected));
                }

                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke the session (a killed backend, a restart, the network), the listener keeps trying.
                feed.NotListening();
                missed = true;
                logger.LogWarning(e, "The change listener lost its connection; connecting again in {Delay}", delay);
            }

            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _longestDelay.Ticks));
        }
    }

    internal void Heard(string payload)
    {
        if (ChangePayload.Parse(payload) is { } change)
        {
            _heard.Writer.TryWrite(change);
        }
        else
        {
            logger.LogWarning("A notification on {Channel} that is no change was ignored: {Payload}", ChangePayload.Channel, payload.Length > 200 ? payload[..200] : payload);
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in _heard.Reader.ReadAllAsync(stoppingToken))
            {
                await feed.DispatchAsync(change);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; changes not yet handed out go with it.
        }
    }
}
