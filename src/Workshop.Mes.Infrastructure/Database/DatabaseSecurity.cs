using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>
/// The database's half of tenant isolation, applied by the owner after every migration: the app's group role
/// <c>mes_app</c> gets the table rights it needs (append-only on production events and the audit log), and
/// every table with a <c>workshop_id</c> gets forced row-level security keyed on the workshop the connection
/// set. Idempotent, and derived from the model, so a new tenant table is covered without anyone remembering.
/// </summary>
public static class DatabaseSecurity
{
    public const string AppRole = "mes_app";
    public const string PolicyName = "workshop_isolation";

    /// <summary>Tables the app may add to but never change or delete from.</summary>
    public static readonly Type[] AppendOnly = [typeof(ProductionEvent), typeof(AuditEntry)];

    /// <summary>Creates (or updates) the app's login role named in <paramref name="appConnectionString"/>, unless it is the owner itself.</summary>
    public static async Task EnsureAppLoginAsync(NpgsqlDataSource owner, string appConnectionString, CancellationToken cancellationToken)
    {
        var app = new NpgsqlConnectionStringBuilder(appConnectionString);
        var ownerName = new NpgsqlConnectionStringBuilder(owner.ConnectionString).Username;
        if (string.IsNullOrEmpty(app.Username) || app.Username == ownerName)
        {
            return;
        }

        var sql = new StringBuilder(EnsureGroupRoleSql);
        sql.AppendLine($"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(app.Username)}) THEN
                CREATE ROLE {Identifier(app.Username)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD {Literal(app.Password ?? string.Empty)};
              ELSE
                ALTER ROLE {Identifier(app.Username)} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD {Literal(app.Password ?? string.Empty)};
              END IF;
            END $$;
            GRANT {AppRole} TO {Identifier(app.Username)};
            """);
        await using var command = owner.CreateCommand(sql.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Grants, helper functions and policies for the current model; run as the owner after migrating.</summary>
    public static async Task ApplyAsync(MesDbContext ownerContext, CancellationToken cancellationToken)
    {
        var sql = Script(ownerContext.Model);
        await ownerContext.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>The tables that carry a workshop id, as <c>schema.table</c>.</summary>
    public static IReadOnlyList<string> TenantTables(IModel model) =>
        model.GetEntityTypes()
            .Where(e => !e.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .Select(QualifiedTable)
            .Distinct()
            .Order()
            .ToList();

    internal static string Script(IModel model)
    {
        var sql = new StringBuilder(EnsureGroupRoleSql);
        sql.AppendLine("""
            CREATE OR REPLACE FUNCTION public.mes_current_workshop() RETURNS uuid LANGUAGE sql STABLE
              AS $$ SELECT nullif(current_setting('mes.workshop_id', true), '')::uuid $$;
            CREATE OR REPLACE FUNCTION public.mes_current_user() RETURNS uuid LANGUAGE sql STABLE
              AS $$ SELECT nullif(current_setting('mes.user_id', true), '')::uuid $$;
            CREATE OR REPLACE FUNCTION public.mes_presented_pairing_code() RETURNS text LANGUAGE sql STABLE
              AS $$ SELECT nullif(current_setting('mes.pairing_code_hash', true), '') $$;
            """);
        sql.AppendLine($"GRANT SELECT ON public.{DatabaseRegistration.MigrationsHistoryTable} TO {AppRole};");

        var schemas = model.GetEntityTypes().Select(e => e.GetSchema()).OfType<string>().Distinct().Order();
        foreach (var schema in schemas)
        {
            sql.AppendLine($"GRANT USAGE ON SCHEMA {schema} TO {AppRole};");
            sql.AppendLine($"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {AppRole};");
            sql.AppendLine($"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {AppRole};");
        }

        foreach (var type in AppendOnly)
        {
            sql.AppendLine($"REVOKE UPDATE, DELETE, TRUNCATE ON {QualifiedTable(model.FindEntityType(type)!)} FROM {AppRole};");
        }

        foreach (var table in TenantTables(model))
        {
            sql.AppendLine($"""
                ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
                ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS {PolicyName} ON {table};
                CREATE POLICY {PolicyName} ON {table} USING ({VisibleRows(model, table)}) WITH CHECK (workshop_id = public.mes_current_workshop());
                """);
        }

        return sql.ToString();
    }

    /// <summary>
    /// A workshop's rows are visible inside it. Two narrow exceptions: a signed-in user sees their own
    /// memberships (to list and switch workshops), and a tablet sees the one pairing whose code it presents.
    /// </summary>
    private static string VisibleRows(IModel model, string table)
    {
        const string ownWorkshop = "workshop_id = public.mes_current_workshop()";
        if (table == QualifiedTable(model.FindEntityType(typeof(Membership))!))
        {
            return $"{ownWorkshop} OR user_id = public.mes_current_user()";
        }

        if (table == QualifiedTable(model.FindEntityType(typeof(DevicePairing))!))
        {
            return $"{ownWorkshop} OR code_hash = public.mes_presented_pairing_code()";
        }

        return ownWorkshop;
    }

    private const string EnsureGroupRoleSql = $"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN
            CREATE ROLE {AppRole} NOLOGIN NOSUPERUSER NOBYPASSRLS;
          END IF;
        END $$;

        """;

    private static string QualifiedTable(IEntityType entity) => $"{entity.GetSchema()}.{entity.GetTableName()}";

    private static string Identifier(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    private static string Literal(string value) => $"'{value.Replace("'", "''")}'";
}
