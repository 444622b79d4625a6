using Microsoft.AspNetCore.Identity;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Every demo worker signs in on a tablet with the PIN <see cref="Pin"/> (README, "Demo PINs"), hashed the way the
/// app checks PINs. Hashed at seeding, not when the data set is built: the hash is salted, the data set is repeatable.
/// </summary>
public static class DemoPins
{
    public const string Pin = "2580";

    public static void Apply(IEnumerable<Worker> workers)
    {
        var hasher = new PasswordHasher<Worker>();
        foreach (var worker in workers)
        {
            worker.SetPinHash(hasher.HashPassword(worker, Pin));
        }
    }
}
