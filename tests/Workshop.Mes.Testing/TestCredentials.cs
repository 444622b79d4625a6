using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Testing;

/// <summary>Real credentials written straight into the test database: API keys, accounts with memberships.</summary>
public static class TestCredentials
{
    public const string Password = "correct horse battery staple";

    // A real hash of the password in Identity's current format, made once: the hasher's default (PBKDF2 with many
    // thousand rounds) is slow on purpose, and every account here has the same password. Each sign-in still
    // verifies it in full, as the app does.
    private static readonly Lazy<string> _passwordHash = new(() => new PasswordHasher<MesUser>().HashPassword(new MesUser(), Password));

    /// <summary>Issues an API key for the workshop in the role and returns the secret a client sends as a bearer token.</summary>
    public static async Task<string> ApiKeyAsync(MesDatabase database, Guid workshopId, WorkshopRole role, string name = "test key")
    {
        var key = new ApiKey(workshopId, name, role, "tests", TestWorkshop.Now);
        var token = key.Issue();
        await using var db = database.CreateContext();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return token.Value;
    }

    /// <summary>An account that signs in with <see cref="Password"/>, a member of each workshop given.</summary>
    public static async Task<MesUser> UserAsync(MesDatabase database, string email, params (Guid WorkshopId, WorkshopRole Role)[] memberships)
    {
        var user = new MesUser
        {
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            DisplayName = email.Split('@')[0],
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreatedAt = TestWorkshop.Now.ToUniversalTime(),
        };
        user.PasswordHash = _passwordHash.Value;
        await using var db = database.CreateContext();
        db.Users.Add(user);
        foreach (var (workshopId, role) in memberships)
        {
            db.Memberships.Add(new Membership(workshopId, user.Id, role, TestWorkshop.Now));
        }

        await db.SaveChangesAsync();
        return user;
    }
}
