using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features;

namespace Workshop.Mes.ComponentTests.Text;

/// <summary>One name for every status and record kind a person sees, in messages and on the audit page alike.</summary>
public sealed class DisplayNamesTests
{
    [Fact]
    public void A_broken_rule_names_the_steps_state_and_the_event_as_people_say_them()
    {
        var text = Korean();
        var broken = Should.Throw<DomainRuleException>(() => StepRules.Next(StepState.Pending, ProductionEventKind.Output));

        RuleText.Of(text, broken).ShouldBe("현재 공정 상태(대기 중)에서는 '실적' 기록을 할 수 없습니다.");
    }

    [Fact]
    public void A_closed_order_is_named_by_its_status()
    {
        var text = Korean();

        RuleText.Of(text, new DomainRuleException("production_event.order_not_open", "…", nameof(WorkOrderStatus.OnHold)))
            .ShouldBe("현재 상태(보류)의 작업지시에는 실적을 기록할 수 없습니다.");
    }

    [Theory]
    [InlineData("Membership", "구성원")]
    [InlineData("WorkOrder", "작업지시")]
    [InlineData("CustomerOrder", "수주")]
    [InlineData("SomethingNew", "SomethingNew")]
    public void Record_kinds_have_korean_names(string entityType, string name) =>
        DisplayNames.Entity(Korean(), entityType).ShouldBe(name);

    [Fact]
    public void The_audit_trail_names_every_kind_of_actor_and_every_action_in_korean()
    {
        var text = Korean();

        var missing = Enum.GetNames<Domain.Audit.ActorKind>().Select(kind => $"Audit.Kind.{kind}")
            .Concat(Enum.GetNames<Domain.Audit.AuditAction>().Select(action => $"Audit.Action.{action}"))
            .Where(key => text[key].ResourceNotFound);

        missing.ShouldBeEmpty();
        text["Audit.Kind.Device"].Value.ShouldBe("태블릿");
    }

    private static IStringLocalizer Korean()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources").BuildServiceProvider();
        return services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }
}
