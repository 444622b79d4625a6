using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Features.Assessment.Evidence;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.Assessment;

/// <summary>A bUnit context with the assessment's services on the test database, and its pages rendered as a member in Korean.</summary>
internal static class AssessmentScreens
{
    public static BunitContext Create(MesDatabase database)
    {
        var context = MesComponents.Create(database);
        context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        context.Services.AddSingleton<EvidenceEngine>();
        context.Services.AddSingleton<StageReports>();
        context.Services.AddSingleton<AssessmentWorkspace>();
        return context;
    }

    public static WorkshopMember Member(TestWorkshop workshop, WorkshopRole role)
    {
        var userId = Guid.CreateVersion7();
        return new WorkshopMember(
            new WorkshopRef(workshop.Tenant.Id, workshop.Tenant.Slug, workshop.Tenant.Name, workshop.Tenant.TimeZone),
            role,
            new AuditActor(ActorKind.User, userId, "대표"),
            userId);
    }

    public static IRenderedComponent<TPage> Render<TPage>(BunitContext context, WorkshopMember member)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        context.Render<MudPopoverProvider>();
        context.Render<MudSnackbarProvider>();
        return context.Render<TPage>(parameters => parameters.AddCascadingValue(member));
    }
}
