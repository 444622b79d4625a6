namespace Workshop.Mes.Web.Features.ApiKeys;

internal static class ApiKeysModule
{
    public static IServiceCollection AddApiKeysModule(this IServiceCollection services) =>
        services.AddSingleton<ApiKeyService>();
}
