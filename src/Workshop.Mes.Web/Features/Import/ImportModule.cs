namespace Workshop.Mes.Web.Features.Import;

internal static class ImportModule
{
    public static IServiceCollection AddImportModule(this IServiceCollection services) =>
        services.AddScoped<ImportService>();
}
