using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>A product's or component's bill of materials (BOM). Null answers mean no such item or line in the workshop.</summary>
internal sealed class BomService(MesContexts contexts, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<BomLineView>?> LinesAsync(WorkshopMember member, Guid itemId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Read);
        await using var db = member.OpenData(contexts);
        if (!await db.Items.AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            return null;
        }

        return await Views(db, itemId).ToListAsync(cancellationToken);
    }

    public async Task<Validated<BomLineView>?> AddAsync(WorkshopMember member, Guid itemId, BomLineRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Create);
        await using var db = member.OpenData(contexts);
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var fields = new FieldChecks(text);
        fields.Positive("quantityPer", request.QuantityPer);
        if (!await db.Items.AnyAsync(i => i.Id == request.ComponentId, cancellationToken))
        {
            fields.Add("componentId", "Bom.UnknownComponent");
        }

        if (fields.Errors.Count > 0)
        {
            return new Validated<BomLineView>(null, fields.Errors);
        }

        if (item.Kind == ItemKind.Material)
        {
            throw new DomainRuleException("bom.material", "A material is bought, not made; it has no BOM.");
        }

        var lines = await db.BomLines.Select(l => new { l.ProductId, l.ComponentId }).ToListAsync(cancellationToken);
        BomRules.CheckNewLine(itemId, request.ComponentId, lines.Select(l => (l.ProductId, l.ComponentId)).ToList());
        var line = new BomLine(member.Workshop.Id, itemId, request.ComponentId, request.QuantityPer);
        db.BomLines.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<BomLineView>(await Views(db, itemId, line.Id).SingleAsync(cancellationToken), fields.Errors);
    }

    public async Task<Validated<BomLineView>?> ChangeQuantityAsync(
        WorkshopMember member, Guid itemId, Guid lineId, uint version, decimal quantityPer, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Change);
        await using var db = member.OpenData(contexts);
        var line = await db.BomLines.SingleOrDefaultAsync(l => l.Id == lineId && l.ProductId == itemId, cancellationToken);
        if (line is null)
        {
            return null;
        }

        RowVersions.Expect(db, line, version);
        var fields = new FieldChecks(text);
        fields.Positive("quantityPer", quantityPer);
        if (fields.Errors.Count > 0)
        {
            return new Validated<BomLineView>(null, fields.Errors);
        }

        line.ChangeQuantity(quantityPer);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<BomLineView>(await Views(db, itemId, line.Id).SingleAsync(cancellationToken), fields.Errors);
    }

    public async Task<bool> RemoveAsync(WorkshopMember member, Guid itemId, Guid lineId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Delete);
        await using var db = member.OpenData(contexts);
        var line = await db.BomLines.SingleOrDefaultAsync(l => l.Id == lineId && l.ProductId == itemId, cancellationToken);
        if (line is null)
        {
            return false;
        }

        db.BomLines.Remove(line);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static IQueryable<BomLineView> Views(MesDbContext db, Guid itemId, Guid? only = null) =>
        from line in db.BomLines.AsNoTracking()
        join component in db.Items on line.ComponentId equals component.Id
        where line.ProductId == itemId && (only == null || line.Id == only)
        orderby component.Code
        select new BomLineView(line.Id, component.Id, component.Code, component.Name, component.Unit, line.QuantityPer, line.Version);
}
