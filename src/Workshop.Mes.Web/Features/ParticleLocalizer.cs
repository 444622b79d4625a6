using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Every resource string the app shows passes through <see cref="KoreanParticles"/>: a message writes the particle a
/// value takes as the value's format ("작업지시 {0:을} 만들었습니다") and reads with the one that fits the word filled
/// in ("작업지시 WO-2611-0004를 만들었습니다", "… WO-2611-0013을 …"). The resources never show "을(를)".
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

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var template = resources[name];
                if (template.ResourceNotFound)
                {
                    return resources[name, arguments];
                }

                var text = string.Format(CultureInfo.CurrentCulture, KoreanParticles.Mark(template.Value), arguments);
                return new LocalizedString(name, KoreanParticles.Resolve(text), false, template.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures).Select(Resolve);

        private static LocalizedString Resolve(LocalizedString text) =>
            text.ResourceNotFound ? text : new LocalizedString(text.Name, KoreanParticles.Resolve(KoreanParticles.Mark(text.Value)), false, text.SearchedLocation);
    }
}
