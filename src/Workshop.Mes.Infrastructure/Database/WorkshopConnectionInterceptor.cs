using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>
/// Tells PostgreSQL whose data each connection works on, as soon as it opens: the row-level security
/// policies read <c>mes.workshop_id</c>, <c>mes.user_id</c> and <c>mes.pairing_code_hash</c>. Every value is
/// set every time (empty when absent), so nothing carries over from the connection's previous use.
/// </summary>
internal sealed class WorkshopConnectionInterceptor : DbConnectionInterceptor
{
    public const string SetScopeSql =
        "SELECT set_config('mes.workshop_id', @workshop, false), set_config('mes.user_id', @user, false), set_config('mes.pairing_code_hash', @pairing, false)";

    public static readonly WorkshopConnectionInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (CommandFor(connection, eventData) is { } command)
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (CommandFor(connection, eventData) is { } command)
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static DbCommand? CommandFor(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (eventData.Context is not MesDbContext { Scope: { Unrestricted: false } scope })
        {
            return null;
        }

        var command = connection.CreateCommand();
        command.CommandText = SetScopeSql;
        Add(command, "workshop", scope.WorkshopId?.ToString() ?? string.Empty);
        Add(command, "user", scope.UserId?.ToString() ?? string.Empty);
        Add(command, "pairing", scope.PairingCodeHash ?? string.Empty);
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
