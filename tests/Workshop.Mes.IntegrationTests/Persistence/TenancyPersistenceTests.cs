using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class TenancyPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_workshop_and_its_workers_come_back_as_saved()
    {
        var shop = await TestWorkshop.CreateAsync(database);

        await using var db = database.CreateContext();
        var workshop = await db.Workshops.SingleAsync(w => w.Slug == "test-garment");
        workshop.Name.ShouldBe("테스트 봉제공방");
        workshop.TimeZone.ShouldBe("Asia/Seoul");
        workshop.CreatedAt.ShouldBe(TestWorkshop.Now);
        var worker = await db.Workers.SingleAsync(w => w.WorkshopId == shop.Tenant.Id);
        worker.DisplayName.ShouldBe("김미숙");
        worker.HourlyCost.ShouldBe(12_000);
    }

    [Fact]
    public async Task A_slug_is_unique_across_workshops()
    {
        await TestWorkshop.CreateAsync(database);
        await using var db = database.CreateContext();
        db.Workshops.Add(new Tenant("다른 공방", "test-garment", Industry.Printing, 3, TestWorkshop.Now));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Number_sequences_continue_from_the_stored_value()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var sequence = new NumberSequence(shop.Tenant.Id, DocumentNumber.WorkOrder, new DateOnly(2026, 11, 1));
        sequence.Next();
        sequence.Next();
        await shop.SaveAsync(database, sequence);

        await using var db = database.CreateContext();
        var stored = await db.NumberSequences.SingleAsync();
        stored.Next().ShouldBe("WO-2611-0003");
        await db.SaveChangesAsync();
    }
}
