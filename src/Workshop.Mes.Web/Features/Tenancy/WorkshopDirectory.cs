using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.Tenancy;

internal sealed record WorkshopListing(Guid Id, string Name, string Slug, Industry Industry, int Headcount, DateTimeOffset CreatedAt);

/// <summary>A new workshop and the first owner to invite: <c>industry</c> is Garment, ShoesAndLeather, MetalAndMachining, Printing or Other.</summary>
internal sealed record NewWorkshopRequest(string? Name, string? Slug, string? Industry, int? Headcount, string? OwnerEmail);

/// <summary>
/// The platform admin's list of workshops: create one and invite its owner. The admin sees names, never a
/// workshop's data (no membership, so every tenant query answers nothing).
/// </summary>
internal sealed class WorkshopDirectory(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int MaxHeadcount = 10_000;

    public async Task<IReadOnlyList<WorkshopListing>> ListAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        Demand(admin);
        await using var db = contexts.ForPlatform();
        return await db.Workshops.OrderBy(w => w.Name)
            .Select(w => new WorkshopListing(w.Id, w.Name, w.Slug, w.Industry, w.Headcount, w.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Creates the workshop and its owner's invitation in one transaction; returns the invitation's token.</summary>
    public async Task<Validated<InvitationIssued>> CreateAsync(ClaimsPrincipal admin, NewWorkshopRequest request, CancellationToken cancellationToken)
    {
        Demand(admin);
        var errors = new Dictionary<string, string[]>();
        AccountRules.CheckName(errors, text, "name", request.Name);
        var slug = request.Slug?.Trim().ToLowerInvariant() ?? string.Empty;
        if (slug.Length == 0)
        {
            errors["slug"] = [text["Validation.Required"]];
        }
        else if (slug.Length > 40 || !slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || slug.StartsWith('-') || slug.EndsWith('-'))
        {
            errors["slug"] = [text["Workshops.SlugFormat"]];
        }

        if (!Enum.TryParse<Industry>(request.Industry, ignoreCase: true, out var industry) || !Enum.IsDefined(industry) || int.TryParse(request.Industry, out _))
        {
            errors["industry"] = [text["Validation.Required"]];
        }

        if (request.Headcount is not (>= 1 and <= MaxHeadcount))
        {
            errors["headcount"] = [text["Workshops.Headcount", MaxHeadcount]];
        }

        AccountRules.CheckEmail(errors, text, "ownerEmail", request.OwnerEmail);
        await using (var platform = contexts.ForPlatform())
        {
            if (!errors.ContainsKey("slug") && await platform.Workshops.AnyAsync(w => w.Slug == slug, cancellationToken))
            {
                errors["slug"] = [text["Workshops.SlugTaken"]];
            }
        }

        if (errors.Count > 0)
        {
            return new Validated<InvitationIssued>(null, errors);
        }

        var now = clock.GetUtcNow();
        var workshop = new Tenant(request.Name!.Trim(), slug, industry, request.Headcount!.Value, now);
        var actor = admin.Actor(null);
        var email = request.OwnerEmail!.Trim().ToLowerInvariant();
        var invitation = new Invitation(workshop.Id, WorkshopRole.Owner, email, email.Split('@')[0], actor.Name, now);
        var token = invitation.IssueToken();
        await using var db = contexts.ForWorkshop(workshop.Id, actor);
        db.Workshops.Add(workshop);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<InvitationIssued>(new InvitationIssued(PeopleService.Summary(invitation), token.Value), errors);
    }

    private static void Demand(ClaimsPrincipal admin)
    {
        if (!admin.IsPlatformAdmin())
        {
            throw new WorkshopNotFoundException();
        }
    }
}
