using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Every resource string the app shows passes through <see cref="KoreanParticles.Resolve"/>: messages are written
/// with the combined particle ("{0}을(를)") and read with the one that fits the word filled in ("작업지시를", "WO-2611-0001을").
/// </summary>
internal sealed class ParticleLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new ParticleLocalizer(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new ParticleLocalizer(resources.Create(baseName, location));

    /// <summary>Puts the particle-choosing factory in front of the resource files; call after <c>AddLocalization</c>.</summary>
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, ParticleLocalizerFactory>());
    }

    private sealed class ParticleLocalizer(IStringLocalizer resources) : IStringLocalizer
    {
        public LocalizedString this[string name] => Resolve(resources[name]);

        public LocalizedString this[string name, params object[] arguments] => Resolve(resources[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures).Select(Resolve);

        private static LocalizedString Resolve(LocalizedString text) =>
            text.ResourceNotFound ? text : new LocalizedString(text.Name, KoreanParticles.Resolve(text.Value), false, text.SearchedLocation);
    }
}
