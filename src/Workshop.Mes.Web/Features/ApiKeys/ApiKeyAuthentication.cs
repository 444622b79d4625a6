using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.ApiKeys;

/// <summary>
/// <c>Authorization: Bearer mes_…</c>: an integration's API key. The key names its workshop, so the lookup runs
/// inside that workshop only; a revoked, unknown or malformed key is simply not authenticated (401).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    MesContexts contexts,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = CredentialToken.TryParse(header["Bearer ".Length..], CredentialToken.ApiKeyPrefix);
        if (token is null)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        await using var db = contexts.ForWorkshop(token.WorkshopId, AuditActor.System);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == token.Id, Context.RequestAborted);
        if (key is null || !key.Accepts(token))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var now = clock.GetUtcNow();
        if (key.Used(now))
        {
            // Written directly: last-used is bookkeeping, not a change anyone audits.
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = MesClaims.ForCredential(SchemeName, ActorKind.ApiKey, key.Id, key.Name, key.WorkshopId, key.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
