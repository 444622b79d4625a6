using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

/// <summary>What a new BOM line may not do: repeat a component, or make a product end up inside itself.</summary>
public static class BomRules
{
    /// <summary>
    /// Refuses a line from <paramref name="productId"/> to <paramref name="componentId"/> when the component already
    /// is on the BOM, or when the component's own BOM (at any depth) uses the product.
    /// </summary>
    /// <param name="lines">Every BOM line of the workshop, as (product, component).</param>
    public static void CheckNewLine(Guid productId, Guid componentId, IReadOnlyCollection<(Guid Product, Guid Component)> lines)
    {
        if (productId == componentId)
        {
            throw new DomainRuleException("bom.self_reference", "A product cannot be its own component.");
        }

        if (lines.Any(l => l.Product == productId && l.Component == componentId))
        {
            throw new DomainRuleException("bom.duplicate_component", "This component is already on the BOM; change its quantity instead.");
        }

        var children = lines.ToLookup(l => l.Product, l => l.Component);
        var seen = new HashSet<Guid>();
        var open = new Stack<Guid>();
        open.Push(componentId);
        while (open.TryPop(out var current))
        {
            if (current == productId)
            {
                throw new DomainRuleException("bom.cycle", "The component's own BOM already uses this product, so it would be made of itself.");
            }

            foreach (var child in children[current].Where(seen.Add))
            {
                open.Push(child);
            }
        }
    }
}
