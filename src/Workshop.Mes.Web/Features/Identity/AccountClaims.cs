using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>Adds the display name and the platform-admin flag; rebuilt on every stamp check, so they stay current.</summary>
internal sealed class AccountClaims(UserManager<MesUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<MesUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(MesUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MesClaims.DisplayName, user.DisplayName));
        if (user.IsPlatformAdmin)
        {
            identity.AddClaim(new Claim(MesClaims.PlatformAdmin, "true"));
        }

        return identity;
    }
}

/// <summary>A disabled account may not sign in, whatever the password (checked by <see cref="SignInManager{TUser}"/>).</summary>
internal sealed class EnabledAccountConfirmation : IUserConfirmation<MesUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<MesUser> manager, MesUser user) => Task.FromResult(!user.IsDisabled);
}
