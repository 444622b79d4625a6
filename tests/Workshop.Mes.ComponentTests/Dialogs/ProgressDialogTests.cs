using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.ShopFloor;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using Workshop.Mes.Web.Features.WorkOrders.Progress;

namespace Workshop.Mes.ComponentTests.Dialogs;

/// <summary>Work at one step entered from the office (실적 입력), over the real services and the test database.</summary>
public sealed class ProgressDialogTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly DateOnly _due = new(2026, 11, 20);

    private readonly MesDatabase _database;
    private readonly BunitContext _context;
    private TestWorkshop _shop = null!;
    private WorkshopMember _owner = null!;

    public ProgressDialogTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddWorkOrdersModule();
        _context.Services.AddShopFloorModule();
    }

    public async ValueTask InitializeAsync()
    {
        await _database.ResetAsync();
        _shop = TestWorkshop.Create();
        _owner = DialogHost.OwnerOf(_shop.Tenant);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_step_not_yet_started_opens_on_start_at_the_workshops_time_now_with_nothing_to_count()
    {
        var order = _shop.WorkOrders.Released("WO-2611-0001", quantity: 10);
        await _shop.SaveAsync(_database, order);

        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(order.Id, step: 0));

        dialog.Reads("progress-kind").ShouldBe(dialog.T["WorkOrders.Kind.Start"].Value);
        // 9 o'clock in Seoul, as the workshop's clock reads it: the day as every page writes it, and the time beside it.
        dialog.Input("progress-at-day").GetAttribute("value").ShouldBe("2026-11-10");
        dialog.Input("progress-at-time").GetAttribute("value").ShouldBe("09:00");
        dialog.Labels.ShouldContain(dialog.T["WorkOrders.ProgressAt"].Value);
        dialog.Labels.ShouldContain(dialog.T["WorkOrders.Worker"].Value);
        dialog.Labels.ShouldNotContain(dialog.T["WorkOrders.Good"].Value);
        dialog.Labels.ShouldNotContain(dialog.T["WorkOrders.Scrap"].Value);
        dialog.Shows("progress-good").ShouldBeFalse();
    }

    [Fact]
    public async Task A_started_step_opens_on_finish_offering_what_is_left_of_the_order_as_good()
    {
        _shop.InProgressOrder("WO-2611-0002", quantity: 10, firstStepGood: 6, good: 4, _due);
        await _shop.SaveAsync(_database);
        var id = await OrderIdAsync("WO-2611-0002");

        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(id, step: 0));

        dialog.Reads("progress-kind").ShouldBe(dialog.T["WorkOrders.Kind.Finish"].Value);
        dialog.Labels.ShouldContain(dialog.T["WorkOrders.Good"].Value);
        dialog.Labels.ShouldContain(dialog.T["WorkOrders.Scrap"].Value);
        // As the owner would write it, not the column's stored scale ("4.0000").
        dialog.Input("progress-good").GetAttribute("value").ShouldBe("4");
    }

    [Fact]
    public async Task A_negative_good_count_and_scrap_without_a_defect_are_refused_on_their_fields_and_nothing_is_recorded()
    {
        _shop.InProgressOrder("WO-2611-0003", quantity: 10, firstStepGood: 6, good: 4, _due);
        await _shop.SaveAsync(_database);
        var id = await OrderIdAsync("WO-2611-0003");
        var before = await EventCountAsync();
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(id, step: 0));

        dialog.Fill("progress-good", "-1");
        dialog.Fill("progress-scrap", "2");
        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["WorkOrders.Validation.NotNegative"].Value));
        dialog.Text.ShouldContain(dialog.T["WorkOrders.Validation.DefectCode"].Value);
        dialog.Closed.ShouldBeFalse();
        (await EventCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_time_that_cannot_be_read_is_refused_before_anything_is_sent()
    {
        var order = _shop.WorkOrders.Released("WO-2611-0004", quantity: 10);
        await _shop.SaveAsync(_database, order);
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(order.Id, step: 0));

        dialog.Fill("progress-at-day", "11월 10일 아침");
        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Format.DayUnreadable"].Value));
        dialog.Closed.ShouldBeFalse();
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_time_of_day_that_cannot_be_read_is_refused_on_its_field_and_the_day_stays()
    {
        var order = _shop.WorkOrders.Released("WO-2611-0014", quantity: 10);
        await _shop.SaveAsync(_database, order);
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(order.Id, step: 0));

        dialog.Fill("progress-at-time", "아침 9시");
        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Format.TimeUnreadable"].Value));
        dialog.Input("progress-at-day").GetAttribute("value").ShouldBe("2026-11-10");
        dialog.Input("progress-at-time").GetAttribute("value").ShouldBe("아침 9시");
        dialog.Closed.ShouldBeFalse();
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Finishing_a_started_step_records_the_good_count_at_the_time_given_and_closes()
    {
        _shop.InProgressOrder("WO-2611-0005", quantity: 10, firstStepGood: 6, good: 4, _due);
        await _shop.SaveAsync(_database);
        var id = await OrderIdAsync("WO-2611-0005");
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(id, step: 0));

        dialog.Fill("progress-at-time", "08:30");
        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        dialog.Messages.ShouldContain(dialog.T["WorkOrders.ProgressRecorded"].Value);
        await using var db = _database.CreateContext();
        var finish = await db.ProductionEvents.IgnoreQueryFilters().SingleAsync(e => e.WorkOrderId == id && e.Kind == ProductionEventKind.Finish);
        finish.GoodQuantity.ShouldBe(4);
        finish.CapturedAt.ShouldBe(new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.FromHours(9)));
        var order = await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == id);
        order.Steps.OrderBy(s => s.Sequence).First().ShouldSatisfyAllConditions(
            step => step.GoodQuantity.ShouldBe(10),
            step => step.State.ShouldBe(Domain.WorkOrders.StepState.Finished));
    }

    [Fact]
    public async Task Finishing_a_step_never_started_starts_it_at_the_time_given_and_finishes_it_with_what_the_order_passed_on()
    {
        var order = _shop.WorkOrders.Released("WO-2611-0006", quantity: 10);
        await _shop.SaveAsync(_database, order);
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(order.Id, step: 0));

        dialog.Choose("progress-kind", dialog.T["WorkOrders.Kind.Finish"].Value);
        decimal.Parse(dialog.Input("progress-good").GetAttribute("value")!, CultureInfo.InvariantCulture).ShouldBe(10);
        dialog.Fill("progress-started-at-day", "2026-11-10");
        dialog.Fill("progress-started-at-time", "07:40");
        dialog.Fill("progress-at-time", "08:30");
        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        await using var db = _database.CreateContext();
        var events = await db.ProductionEvents.IgnoreQueryFilters().Where(e => e.WorkOrderId == order.Id).OrderBy(e => e.CapturedAt).ToListAsync();
        events.Select(e => e.Kind).ShouldBe([ProductionEventKind.Start, ProductionEventKind.Finish]);
        events[0].CapturedAt.ShouldBe(new DateTimeOffset(2026, 11, 10, 7, 40, 0, TimeSpan.FromHours(9)));
        events[1].GoodQuantity.ShouldBe(10);
        var step = (await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == order.Id)).Steps.OrderBy(s => s.Sequence).First();
        step.State.ShouldBe(Domain.WorkOrders.StepState.Finished);
        step.GoodQuantity.ShouldBe(10);
    }

    [Fact]
    public async Task The_second_step_offers_what_the_first_passed_on_less_what_it_already_reported()
    {
        _shop.InProgressOrder("WO-2611-0007", quantity: 10, firstStepGood: 6, good: 4, _due);
        await _shop.SaveAsync(_database);
        var id = await OrderIdAsync("WO-2611-0007");

        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(id, step: 1));

        // The first step passed on 6; the second already reported 4.
        decimal.Parse(dialog.Input("progress-good").GetAttribute("value")!, CultureInfo.InvariantCulture).ShouldBe(2);
    }

    [Fact]
    public async Task A_refusal_keeps_the_dialog_open_with_the_input_and_says_why_without_status_codes()
    {
        var order = _shop.WorkOrders.Released("WO-2611-0008", quantity: 10);
        await _shop.SaveAsync(_database, order);
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(order.Id, step: 0));
        dialog.Choose("progress-kind", dialog.T["WorkOrders.Kind.Finish"].Value);
        dialog.Fill("progress-good", "7");
        await using (var db = _database.CreateContext())
        {
            (await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == order.Id)).Cancel("주문 취소");
            await db.SaveChangesAsync();
        }

        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Shows("progress-problem").ShouldBeTrue());
        dialog.Closed.ShouldBeFalse();
        dialog.Reads("progress-problem").ShouldContain("취소");
        dialog.Reads("progress-problem").ShouldNotContain("Cancelled");
        dialog.Input("progress-good").GetAttribute("value").ShouldBe("7");
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Scrap_entered_in_the_office_makes_a_defect_record_as_at_the_station()
    {
        var code = new Domain.Catalog.DefectCode(_shop.Tenant.Id, "D01", "봉제 불량", Domain.Catalog.CauseCategory.Method, "#E53935", "content_cut");
        _shop.InProgressOrder("WO-2611-0009", quantity: 10, firstStepGood: 6, good: 4, _due);
        await _shop.SaveAsync(_database, code);
        var id = await OrderIdAsync("WO-2611-0009");
        var dialog = await DialogHost.OpenAsync(_context, "실적 입력", await ParametersAsync(id, step: 0));

        dialog.Fill("progress-good", "3");
        dialog.Fill("progress-scrap", "1");
        dialog.Choose("progress-defect", "봉제 불량");
        dialog.Click("progress-save");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        await using var db = _database.CreateContext();
        var defect = await db.DefectRecords.IgnoreQueryFilters().SingleAsync();
        defect.Quantity.ShouldBe(1);
        defect.DefectCodeId.ShouldBe(code.Id);
    }

    /// <summary>What the work order page hands the dialog: the order and the step as read now, and the choices.</summary>
    private async Task<DialogParameters<ProgressDialog>> ParametersAsync(Guid orderId, int step)
    {
        var detail = (await _context.Services.GetRequiredService<WorkOrderService>().GetAsync(_owner, orderId, CancellationToken.None))!;
        var choices = await _context.Services.GetRequiredService<ProgressRecorder>().ChoicesAsync(_owner, CancellationToken.None);
        return new DialogParameters<ProgressDialog>
        {
            { d => d.Member, _owner }, { d => d.Order, detail }, { d => d.Step, detail.Steps[step] }, { d => d.Choices, choices },
        };
    }

    private async Task<Guid> OrderIdAsync(string number)
    {
        await using var db = _database.CreateContext();
        return await db.WorkOrders.IgnoreQueryFilters().Where(o => o.Number == number).Select(o => o.Id).SingleAsync();
    }

    private async Task<int> EventCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.ProductionEvents.IgnoreQueryFilters().CountAsync();
    }
}
