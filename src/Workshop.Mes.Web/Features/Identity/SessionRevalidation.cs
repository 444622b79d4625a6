using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Raised in this process when what a person may do changed (signed out, password changed, account disabled,
/// membership removed, role changed), so their open Blazor circuits check at once instead of at their next
/// periodic check. Other app instances do not hear it; their circuits notice at that periodic check.
/// </summary>
[ModuleSurface]
internal sealed class AccountSignals
{
    public event Action<Guid>? AccessChanged;

    public void Changed(Guid userId) => AccessChanged?.Invoke(userId);
}

/// <summary>
/// A check another module adds to what keeps a live page acting for its person (Tenancy: every workshop the page
/// read still has the person in the same role). Registered in the circuit's scope.
/// </summary>
[ModuleSurface]
internal interface ICircuitAccessCheck
{
    Task<bool> StillHoldsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}

/// <summary>
/// Keeps a live Blazor circuit honest: every half minute, and at once on <see cref="AccountSignals"/>, it checks
/// that the account still exists, is not disabled and has the same security stamp, that the circuit's session is
/// still open, and that every <see cref="ICircuitAccessCheck"/> still holds. Otherwise the
/// circuit's user becomes anonymous and the layout loads the page afresh, so the server asks them to sign in or
/// shows what their role now allows.
/// </summary>
internal sealed class SessionRevalidation : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopes;
    private readonly AccountSignals _signals;
    private readonly IReadOnlyList<ICircuitAccessCheck> _checks;
    private readonly IdentityOptions _options;
    private readonly ILogger _logger;

    public SessionRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, AccountSignals signals, IEnumerable<ICircuitAccessCheck> checks, IOptions<IdentityOptions> options)
        : base(loggerFactory)
    {
        _scopes = scopes;
        _signals = signals;
        _checks = [.. checks];
        _options = options.Value;
        _logger = loggerFactory.CreateLogger<SessionRevalidation>();
        _signals.AccessChanged += OnAccessChanged;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(30);

    /// <summary>
    /// The periodic check. A check the database could not answer (a dropped connection, a full pool, a timeout) keeps
    /// the page until the next check: the base class would treat it as a "no" and reload every open page of every
    /// person at once, throwing away what they were typing, while the page can do nothing without the database
    /// anyway (ADR 0072). A "no" from a check that ran still ends the page at once.
    /// </summary>
    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await IsCurrentAsync(authenticationState.User, cancellationToken);
        }
        catch (Exception e) when (CouldNotCheck(e) && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(e, "The periodic session check could not reach the database; the page stays until the next check");
            return true;
        }
    }

    /// <summary>Whether the check failed for want of the database rather than because of what it found.</summary>
    internal static bool CouldNotCheck(Exception e) => e switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => CouldNotCheck(inner),
        _ => false,
    };

    /// <summary>Whether the page may go on acting for <paramref name="principal"/>; false makes it load afresh.</summary>
    internal async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MesUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }

        var stamp = principal.FindFirstValue(_options.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user)
            && await scope.ServiceProvider.GetRequiredService<AccountSessions>().IsOpenAsync(user.Id, principal.SessionId(), cancellationToken)
            && await AllHoldAsync(principal, cancellationToken);
    }

    private async Task<bool> AllHoldAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        foreach (var check in _checks)
        {
            if (!await check.StillHoldsAsync(principal, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        _signals.AccessChanged -= OnAccessChanged;
        base.Dispose(disposing);
    }

    private void OnAccessChanged(Guid userId) => _ = RevalidateNowAsync(userId);

    private async Task RevalidateNowAsync(Guid userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.UserId() == userId && !await ValidateAuthenticationStateAsync(state, CancellationToken.None))
            {
                NotifyAuthenticationStateChanged(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
            }
        }
        catch (InvalidOperationException)
        {
            // The circuit has no user yet (still starting); the periodic check covers it.
        }
    }
}
