using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.ApiKeys;

/// <summary>
/// <c>create-api-key --workshop &lt;slug&gt; --role &lt;role&gt; [--name &lt;name&gt;]</c>: the first key of a workshop
/// before anyone can sign in, or a key made by a script. The key is the last line of the output, printed once;
/// bad arguments exit with 2 and say why on the error stream.
/// </summary>
internal static class CreateApiKeyCommand
{
    public const string Name = "create-api-key";
    public const int BadArguments = 2;

    /// <summary>Who the audit trail says made the key.</summary>
    private static readonly AuditActor _commandLine = new(ActorKind.System, null, "command line");

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = Options(args);
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!options.TryGetValue("workshop", out var slug) || !options.TryGetValue("role", out var roleName))
        {
            await error.WriteLineAsync("Usage: create-api-key --workshop <slug> --role <Manager|Worker|Consultant> [--name <name>]");
            return BadArguments;
        }

        if (ApiKeyValidation.ParseRole(roleName) is not { } role)
        {
            await error.WriteLineAsync($"Unknown role '{roleName}': an API key is Manager, Worker or Consultant.");
            return BadArguments;
        }

        var name = options.GetValueOrDefault("name") ?? "command line";
        if (ApiKeyValidation.NameError(name, text) is { } nameError)
        {
            await error.WriteLineAsync(nameError);
            return BadArguments;
        }

        var contexts = services.GetRequiredService<MesContexts>();
        WorkshopRef? workshop;
        await using (var platform = contexts.ForPlatform())
        {
            var wanted = slug.Trim().ToLowerInvariant();
            workshop = await WorkshopReads.Workshops(platform).Where(w => w.Slug == wanted).Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone)).SingleOrDefaultAsync(cancellationToken);
        }

        if (workshop is null)
        {
            await error.WriteLineAsync($"No workshop '{slug}'.");
            return BadArguments;
        }

        // Whoever runs the host command holds the server, so they act as the workshop's owner.
        var owner = new WorkshopMember(workshop, WorkshopRole.Owner, _commandLine);
        var created = await services.GetRequiredService<ApiKeyService>().CreateAsync(owner, name, role, cancellationToken);
        await output.WriteLineAsync($"API key '{created.ApiKey.Name}' ({created.ApiKey.Role}) for {workshop.Slug}; shown only now:");
        await output.WriteLineAsync(created.Key);
        return 0;
    }

    /// <summary><c>--key value</c> pairs; a flag without a value is ignored.</summary>
    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
                i++;
            }
        }

        return options;
    }
}
