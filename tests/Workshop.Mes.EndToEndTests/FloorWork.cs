using System.Text.Json;

namespace Workshop.Mes.EndToEndTests;

/// <summary>A released demo order's first step, as the traveller's QR code names it, for one journey of its own.</summary>
internal sealed record FloorWorkOrder(Guid Id, string Number, decimal Quantity, Guid StepId, int Sequence)
{
    // Journeys run one after another on one app; each takes an order no other journey touched.
    private static readonly HashSet<Guid> _taken = [];

    public string StepCode => $"mes:step:{Number}:{Sequence}";

    /// <summary>An open order not yet started, with at least <paramref name="minimum"/> units, whose first step waits.</summary>
    public static async Task<FloorWorkOrder> TakeAsync(OwnerApi owner, decimal minimum)
    {
        var list = await owner.GetAsync("/api/v1/work-orders?openOnly=true&limit=200");
        foreach (var order in list.GetProperty("items").EnumerateArray())
        {
            var id = order.GetProperty("id").GetGuid();
            if (order.GetProperty("status").GetString() != "Released" || order.GetProperty("quantity").GetDecimal() < minimum || _taken.Contains(id))
            {
                continue;
            }

            var detail = await owner.GetAsync($"/api/v1/work-orders/{id}");
            var first = detail.GetProperty("steps").EnumerateArray().OrderBy(s => s.GetProperty("sequence").GetInt32()).First();
            if (first.GetProperty("state").GetString() != "Pending")
            {
                continue;
            }

            _taken.Add(id);
            return new FloorWorkOrder(id, order.GetProperty("number").GetString()!, order.GetProperty("quantity").GetDecimal(),
                first.GetProperty("id").GetGuid(), first.GetProperty("sequence").GetInt32());
        }

        throw new InvalidOperationException($"The demo data has no released order of at least {minimum} units left for a floor journey.");
    }

    /// <summary>The step as the owner's API shows it now.</summary>
    public async Task<JsonElement> StepAsync(OwnerApi owner)
    {
        var detail = await owner.GetAsync($"/api/v1/work-orders/{Id}");
        return detail.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == StepId);
    }
}
