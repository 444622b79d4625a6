namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// Every field people fill in on the API, by kind. Each body is valid but for the one field, which gets the value
/// under test: a JSON number for <see cref="Numbers"/>, text inside a JSON string for <see cref="Texts"/>, a day
/// (<c>yyyy-MM-dd</c>) for <see cref="Dates"/>. A new write endpoint adds its fields here.
/// </summary>
internal static class EdgeWrites
{
    /// <summary>Quantities, money, minutes and hours.</summary>
    public static readonly IReadOnlyList<FieldWrite> Numbers =
    [
        FieldWrite.Post("/api/v1/items", "standardCost", (_, v) => $$"""{"code":"NX-01","name":"새 품목","kind":"Material","unit":"ea","standardCost":{{v}}}"""),
        FieldWrite.Post("/api/v1/items", "reorderPoint", (_, v) => $$"""{"code":"NX-01","name":"새 품목","kind":"Material","unit":"ea","reorderPoint":{{v}}}"""),
        FieldWrite.Post("/api/v1/items", "safetyStock", (_, v) => $$"""{"code":"NX-01","name":"새 품목","kind":"Material","unit":"ea","safetyStock":{{v}}}"""),
        FieldWrite.Post("/api/v1/workers", "hourlyCost", (_, v) => $$"""{"displayName":"이영희","badgeCode":"W-09","hourlyCost":{{v}}}"""),
        FieldWrite.Post("/api/v1/workstations", "hoursPerDay", (_, v) => $$"""{"code":"PRS","name":"프레스","hoursPerDay":{{v}}}"""),
        FieldWrite.Post("/api/v1/items/{id}/bom", s => $"/api/v1/items/{s.Shop.Product.Id}/bom", "quantityPer", (s, v) => $$"""{"componentId":"{{s.Buttons.Id}}","quantityPer":{{v}}}"""),
        FieldWrite.Post("/api/v1/items/{id}/routing", s => $"/api/v1/items/{s.Shop.Product.Id}/routing", "setupMinutes", (s, v) => $$"""{"operation":"다림질","workstationId":"{{s.Shop.Sewing.Id}}","setupMinutes":{{v}},"runMinutesPerUnit":1}"""),
        FieldWrite.Post("/api/v1/items/{id}/routing", s => $"/api/v1/items/{s.Shop.Product.Id}/routing", "runMinutesPerUnit", (s, v) => $$"""{"operation":"다림질","workstationId":"{{s.Shop.Sewing.Id}}","runMinutesPerUnit":{{v}}}"""),
        FieldWrite.Post("/api/v1/work-orders", "quantity", (s, v) => $$"""{"productId":"{{s.Shop.Product.Id}}","quantity":{{v}},"dueDate":"2026-12-01"}"""),
        new("/api/v1/work-orders/{id}", "quantity", HttpMethod.Put, (s, _) => $"/api/v1/work-orders/{s.Draft.Id}", (_, v) => $$"""{"quantity":{{v}}}""", s => $"/api/v1/work-orders/{s.Draft.Id}"),
        FieldWrite.Post("/api/v1/customer-orders", "lines[0].quantity", (s, v) => $$"""{"customerName":"한빛상사","orderedOn":"2026-11-10","lines":[{"productId":"{{s.Shop.Product.Id}}","quantity":{{v}},"dueDate":"2026-11-30"}]}"""),
        FieldWrite.Post("/api/v1/customer-orders/{id}/work-orders", s => $"/api/v1/customer-orders/{s.Order.Id}/work-orders", "splits[0].quantities", (s, v) => $$"""{"splits":[{"lineId":"{{s.Order.Lines[0].Id}}","quantities":[{{v}}]}]}"""),
        FieldWrite.Post("/api/v1/shipments", "lines[0].quantity", (s, v) => $$"""{"customerOrderId":"{{s.Order.Id}}","lines":[{"orderLineId":"{{s.Order.Lines[0].Id}}","lotId":"{{s.FinishedLot.Id}}","quantity":{{v}},"locationId":"{{s.Finished.Id}}"}]}"""),
        FieldWrite.Post("/api/v1/stock/receipts", "quantity", (s, v) => $$"""{"itemId":"{{s.Buttons.Id}}","quantity":{{v}},"locationId":"{{s.Store.Id}}"}"""),
        FieldWrite.Post("/api/v1/stock/issues", "quantity", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","locationId":"{{s.Store.Id}}","quantity":{{v}}}"""),
        FieldWrite.Post("/api/v1/stock/transfers", "quantity", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","fromLocationId":"{{s.Store.Id}}","toLocationId":"{{s.Finished.Id}}","quantity":{{v}}}"""),
        FieldWrite.Post("/api/v1/stock/adjustments", "quantity", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","locationId":"{{s.Store.Id}}","quantity":{{v}},"reason":"실사 차이"}"""),
        FieldWrite.Post("/api/v1/stock/adjustments", "newQuantity", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","locationId":"{{s.Store.Id}}","newQuantity":{{v}},"reason":"실사 차이"}"""),
        FieldWrite.Post("/api/v1/stock/counts", "lines[0].counted", (s, v) => $$"""{"locationId":"{{s.Store.Id}}","reason":"월말 실사","lines":[{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","counted":{{v}}}]}"""),
        FieldWrite.Post("/api/v1/work-orders/{id}/steps/{stepId}/progress", Progress, "goodQuantity", (_, v) => $$"""{"kind":"Output","goodQuantity":{{v}}}"""),
        FieldWrite.Post("/api/v1/work-orders/{id}/steps/{stepId}/progress", Progress, "scrapQuantity", (s, v) => $$"""{"kind":"Output","scrapQuantity":{{v}},"defectCodeId":"{{s.Defect.Id}}"}"""),
    ];

    /// <summary>Codes, names and notes.</summary>
    public static readonly IReadOnlyList<FieldWrite> Texts =
    [
        FieldWrite.Post("/api/v1/items", "code", (_, v) => $$"""{"code":"NX-01{{v}}","name":"새 품목","kind":"Material","unit":"ea"}"""),
        FieldWrite.Post("/api/v1/items", "name", (_, v) => $$"""{"code":"NX-01","name":"새 품목{{v}}","kind":"Material","unit":"ea"}"""),
        FieldWrite.Post("/api/v1/items", "unit", (_, v) => $$"""{"code":"NX-01","name":"새 품목","kind":"Material","unit":"ea{{v}}"}"""),
        FieldWrite.Post("/api/v1/workstations", "code", (_, v) => $$"""{"code":"PRS{{v}}","name":"프레스"}"""),
        FieldWrite.Post("/api/v1/workstations", "name", (_, v) => $$"""{"code":"PRS","name":"프레스{{v}}"}"""),
        FieldWrite.Post("/api/v1/locations", "code", (_, v) => $$"""{"code":"ST-09{{v}}","name":"보조 창고","kind":"Store"}"""),
        FieldWrite.Post("/api/v1/locations", "name", (_, v) => $$"""{"code":"ST-09","name":"보조 창고{{v}}","kind":"Store"}"""),
        FieldWrite.Post("/api/v1/defect-codes", "code", (_, v) => $$"""{"code":"D-09{{v}}","name":"오염","category":"Material","color":"#00AA00","icon":"water_drop"}"""),
        FieldWrite.Post("/api/v1/defect-codes", "name", (_, v) => $$"""{"code":"D-09","name":"오염{{v}}","category":"Material","color":"#00AA00","icon":"water_drop"}"""),
        FieldWrite.Post("/api/v1/downtime-reasons", "code", (_, v) => $$"""{"code":"DT-09{{v}}","name":"정전"}"""),
        FieldWrite.Post("/api/v1/downtime-reasons", "name", (_, v) => $$"""{"code":"DT-09","name":"정전{{v}}"}"""),
        FieldWrite.Post("/api/v1/workers", "displayName", (_, v) => $$"""{"displayName":"이영희{{v}}","badgeCode":"W-09"}"""),
        FieldWrite.Post("/api/v1/workers", "badgeCode", (_, v) => $$"""{"displayName":"이영희","badgeCode":"W-09{{v}}"}"""),
        FieldWrite.Post("/api/v1/items/{id}/routing", s => $"/api/v1/items/{s.Shop.Product.Id}/routing", "operation", (s, v) => $$"""{"operation":"다림질{{v}}","workstationId":"{{s.Shop.Sewing.Id}}","runMinutesPerUnit":1}"""),
        FieldWrite.Post("/api/v1/customer-orders", "customerName", (s, v) => $$"""{"customerName":"한빛상사{{v}}","lines":[{"productId":"{{s.Shop.Product.Id}}","quantity":5,"dueDate":"2026-11-30"}]}"""),
        FieldWrite.Post("/api/v1/stock/receipts", "lotNumber", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","quantity":1,"locationId":"{{s.Store.Id}}","lotNumber":"L-09{{v}}"}"""),
        FieldWrite.Post("/api/v1/stock/receipts", "supplierName", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","quantity":1,"locationId":"{{s.Store.Id}}","lotNumber":"L-09","supplierName":"동대문 원단{{v}}"}"""),
        FieldWrite.Post("/api/v1/stock/issues", "note", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","locationId":"{{s.Store.Id}}","quantity":1,"note":"견본용{{v}}"}"""),
        FieldWrite.Post("/api/v1/stock/adjustments", "reason", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","locationId":"{{s.Store.Id}}","quantity":1,"reason":"실사 차이{{v}}"}"""),
        FieldWrite.Post("/api/v1/stock/counts", "reason", (s, v) => $$"""{"locationId":"{{s.Store.Id}}","reason":"월말 실사{{v}}","lines":[{"itemId":"{{s.Shop.Fabric.Id}}","lotId":"{{s.FabricLot.Id}}","counted":90}]}"""),
        new("/api/v1/work-orders/{id}/hold", "reason", HttpMethod.Post, (s, _) => $"/api/v1/work-orders/{s.Released.Id}/hold", (_, v) => $$"""{"reason":"자재 대기{{v}}"}""", s => $"/api/v1/work-orders/{s.Released.Id}"),
        FieldWrite.Post("/api/v1/invitations", "displayName", (_, v) => $$"""{"role":"Worker","displayName":"박철수{{v}}"}"""),
        FieldWrite.Post("/api/v1/invitations", "email", (_, v) => $$"""{"role":"Manager","email":"park{{v}}@test.example"}"""),
        FieldWrite.Post("/api/v1/api-keys", "name", (_, v) => $$"""{"name":"회계 연동{{v}}","role":"Consultant"}"""),
        FieldWrite.Post("/api/v1/tablets/pairings", "deviceName", (_, v) => $$"""{"deviceName":"재단 태블릿{{v}}"}"""),
    ];

    /// <summary>Every list whose search (or name filter) goes into a database pattern.</summary>
    public static readonly IReadOnlyList<FieldWrite> Searches =
    [
        FieldWrite.Read("/api/v1/work-orders", "search"),
        FieldWrite.Read("/api/v1/work-orders/export", "search"),
        FieldWrite.Read("/api/v1/items", "search"),
        FieldWrite.Read("/api/v1/workstations", "search"),
        FieldWrite.Read("/api/v1/locations", "search"),
        FieldWrite.Read("/api/v1/defect-codes", "search"),
        FieldWrite.Read("/api/v1/downtime-reasons", "search"),
        FieldWrite.Read("/api/v1/workers", "search"),
        FieldWrite.Read("/api/v1/customer-orders", "search"),
        FieldWrite.Read("/api/v1/shipments", "search"),
        FieldWrite.Read("/api/v1/stock/on-hand", "search"),
        FieldWrite.Read("/api/v1/stock/lots", "search"),
        FieldWrite.Read("/api/v1/audit", "actor"),
    ];

    /// <summary>Days and moments: due, order, expiry, ship and work times, and the lists' day filters.</summary>
    public static readonly IReadOnlyList<FieldWrite> Dates =
    [
        FieldWrite.Post("/api/v1/work-orders", "dueDate", (s, v) => $$"""{"productId":"{{s.Shop.Product.Id}}","quantity":1,"dueDate":"{{v}}"}"""),
        new("/api/v1/work-orders/{id}", "dueDate", HttpMethod.Put, (s, _) => $"/api/v1/work-orders/{s.Draft.Id}", (_, v) => $$"""{"dueDate":"{{v}}"}""", s => $"/api/v1/work-orders/{s.Draft.Id}"),
        FieldWrite.Post("/api/v1/customer-orders", "orderedOn", (s, v) => $$"""{"customerName":"한빛상사","orderedOn":"{{v}}","lines":[{"productId":"{{s.Shop.Product.Id}}","quantity":5,"dueDate":"2026-11-30"}]}"""),
        FieldWrite.Post("/api/v1/customer-orders", "lines[0].dueDate", (s, v) => $$"""{"customerName":"한빛상사","orderedOn":"2026-11-10","lines":[{"productId":"{{s.Shop.Product.Id}}","quantity":5,"dueDate":"{{v}}"}]}"""),
        FieldWrite.Post("/api/v1/shipments", "shippedAt", (s, v) => $$"""{"customerOrderId":"{{s.Order.Id}}","shippedAt":"{{v}}T12:00:00+09:00","lines":[{"orderLineId":"{{s.Order.Lines[0].Id}}","lotId":"{{s.FinishedLot.Id}}","quantity":1,"locationId":"{{s.Finished.Id}}"}]}"""),
        FieldWrite.Post("/api/v1/stock/receipts", "expiresOn", (s, v) => $$"""{"itemId":"{{s.Shop.Fabric.Id}}","quantity":1,"locationId":"{{s.Store.Id}}","lotNumber":"L-09","expiresOn":"{{v}}"}"""),
        FieldWrite.Post("/api/v1/stock/receipts", "receivedAt", (s, v) => $$"""{"itemId":"{{s.Buttons.Id}}","quantity":1,"locationId":"{{s.Store.Id}}","receivedAt":"{{v}}T12:00:00+09:00"}"""),
        FieldWrite.Post("/api/v1/work-orders/{id}/steps/{stepId}/progress", Progress, "at", (_, v) => $$"""{"kind":"Start","at":"{{v}}T12:00:00+09:00"}"""),
        FieldWrite.Read("/api/v1/audit", "from"),
        FieldWrite.Read("/api/v1/audit", "to"),
        FieldWrite.Read("/api/v1/stock/movements", "from"),
        FieldWrite.Read("/api/v1/stock/movements", "to"),
        FieldWrite.Read("/api/v1/stock/movements/export", "to"),
    ];

    private static string Progress(EdgeWorkshop shop) => $"/api/v1/work-orders/{shop.Released.Id}/steps/{shop.Released.Steps[0].Id}/progress";
}
