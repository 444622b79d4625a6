using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workshop.Mes.Web.Features.Audit;

internal static class AuditModule
{
    /// <summary>The trail's reader, and its writer: an interceptor every app context picks up from the container.</summary>
    public static IServiceCollection AddAuditModule(this IServiceCollection services) =>
        services
            .AddSingleton<AuditTrailService>()
            .AddSingleton<IInterceptor>(provider => new AuditInterceptor(provider.GetRequiredService<TimeProvider>()));
}
