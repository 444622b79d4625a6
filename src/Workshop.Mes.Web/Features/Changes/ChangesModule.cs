namespace Workshop.Mes.Web.Features.Changes;

/// <summary>What happened, heard across instances: the publisher writers call, the feed screens subscribe to, and this instance's listener (ADR 0060).</summary>
internal static class ChangesModule
{
    public static IServiceCollection AddChangesModule(this IServiceCollection services) =>
        services
            .AddSingleton<ChangeFeed>()
            .AddHostedService<ChangeListener>();
}
