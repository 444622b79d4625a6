using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Workshop.Mes.Web.Hosting;

/// <summary>Korean first, English complete; the choice is a cookie set by <c>/culture</c>.</summary>
internal static class LocalizationHosting
{
    public static readonly string[] SupportedCultures = ["ko", "en"];

    public const string DefaultCulture = "ko";

    public static void AddMesLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Features.ParticleLocalizerFactory.Register(builder.Services);
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(DefaultCulture)
                .AddSupportedCultures(SupportedCultures)
                .AddSupportedUICultures(SupportedCultures);

            // Pages follow only the person's own choice, not the browser's language list: the product is Korean first.
            // An API client has no cookie and says what it reads the standard way, with Accept-Language.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
    }

    /// <summary>Accept-Language, for requests to the API only.</summary>
    private sealed class ApiAcceptLanguageProvider : RequestCultureProvider
    {
        private readonly AcceptLanguageHeaderRequestCultureProvider _header = new();

        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                ? _header.DetermineProviderCultureResult(httpContext)
                : NullProviderCultureResult;
    }

    /// <summary>Stores the chosen language and returns to the page it was chosen on.</summary>
    public static void MapCultureSwitch(this WebApplication app) =>
        app.MapGet("/culture", (string culture, string? returnUrl, HttpContext http) =>
        {
            if (!SupportedCultures.Contains(culture))
            {
                culture = DefaultCulture;
            }

            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(culture)));
            return Preference.RememberAndReturn(http, CookieRequestCultureProvider.DefaultCookieName, value, returnUrl);
        }).ExcludeFromDescription().AllowAnonymous();
}
