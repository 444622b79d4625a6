using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Access;

/// <summary>
/// Calls every API endpoint as every role and as a member of another workshop. Roles the matrix forbids get
/// 403; the other workshop's members get 404 and change nothing; a new endpoint without a case fails here.
/// </summary>
public sealed class AccessMatrixTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly WorkshopRole[] _roles = Enum.GetValues<WorkshopRole>();
    private readonly MesApp _app = MesApp.SharedBy(database);

    public static TheoryData<string> MemberEndpoints => [.. AllCases().Where(c => c.Access == EndpointAccess.Member).Select(c => c.ToString())];

    public static TheoryData<string> TabletEndpoints => [.. AllCases().Where(c => c.Access == EndpointAccess.Tablet).Select(c => c.ToString())];

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Every_api_endpoint_has_exactly_one_access_case()
    {
        var mapped = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order()
            .ToList();

        var cases = AllCases().Select(c => c.ToString()).Order().ToList();

        cases.ShouldBeUnique();
        mapped.Except(cases).ShouldBeEmpty("endpoints without an access case");
        cases.Except(mapped).ShouldBeEmpty("access cases for endpoints that do not exist");
    }

    [Theory]
    [MemberData(nameof(MemberEndpoints))]
    public async Task Each_role_gets_what_the_matrix_allows(string endpoint)
    {
        var @case = Find(endpoint);
        foreach (var role in _roles)
        {
            await database.ResetAsync();
            var ours = await TestWorkshop.CreateAsync(database);
            var client = await _app.MemberClientAsync(ours.Tenant.Id, role);

            var response = await client.SendAsync(await @case.Request(new AccessArrangement(database, ours)));

            var allowed = @case.Allows(role);
            if (allowed)
            {
                response.StatusCode.ShouldNotBeOneOf(
                    [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.InternalServerError],
                    $"{role} may {@case.Operation} {@case.Area}: {endpoint}");
            }
            else
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{role} may not {@case.Operation} {@case.Area}: {endpoint}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(MemberEndpoints))]
    public async Task A_member_of_another_workshop_gets_404_and_changes_nothing(string endpoint)
    {
        var @case = Find(endpoint);
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var request = await @case.Request(new AccessArrangement(database, ours));
        var aimedAtOurIds = await @case.Request(new AccessArrangement(database, ours));
        var intruder = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner);
        var theirKey = await _app.ClientWithApiKeyAsync(theirs.Tenant.Id, WorkshopRole.Manager);
        var before = await FingerprintAsync(ours.Tenant.Id);

        // Their owner asks for our workshop by name: not theirs, so it does not exist for them.
        request.Headers.Add("X-Workshop", ours.Tenant.Slug);
        (await intruder.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // An API key of theirs aimed at our ids, inside its own workshop: our rows are not there either.
        if (@case.Pattern.Contains('{', StringComparison.Ordinal))
        {
            var response = await theirKey.SendAsync(aimedAtOurIds);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        }

        (await FingerprintAsync(ours.Tenant.Id)).ShouldBe(before, "our workshop's data must not change");
    }

    [Theory]
    [MemberData(nameof(TabletEndpoints))]
    public async Task Tablet_endpoints_refuse_people_and_api_keys(string endpoint)
    {
        var @case = Find(endpoint);
        var ours = await TestWorkshop.CreateAsync(database);

        foreach (var client in new[] { await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner), await _app.ClientWithApiKeyAsync(ours.Tenant.Id, WorkshopRole.Manager), _app.CreateClient() })
        {
            var response = await client.SendAsync(await @case.Request(new AccessArrangement(database, ours)));
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        }
    }

    private static List<EndpointCase> AllCases() =>
        typeof(AccessMatrixTests).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointAccessCases).IsAssignableFrom(t))
            .SelectMany(t => ((IEndpointAccessCases)Activator.CreateInstance(t)!).Cases)
            .ToList();

    private static EndpointCase Find(string endpoint) => AllCases().Single(c => c.ToString() == endpoint);

    /// <summary>Every row of every tenant table that belongs to the workshop, as one hash (read as the owner).</summary>
    private async Task<string> FingerprintAsync(Guid workshopId)
    {
        await using var db = database.CreateContext();
        var parts = new List<string>();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        foreach (var table in DatabaseSecurity.TenantTables(db.Model))
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t WHERE workshop_id = @w", connection);
            command.Parameters.AddWithValue("w", workshopId);
            parts.Add($"{table}:{await command.ExecuteScalarAsync()}");
        }

        return string.Join(";", parts);
    }
}
