using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Scalar.AspNetCore;

namespace Workshop.Mes.Web.Hosting;

internal static class ApiHosting
{
    /// <summary>Problem details for every error, one exception handler, JSON enums by name, the OpenAPI document.</summary>
    public static void AddMesApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = LocaliseBareStatus);
        builder.Services.AddExceptionHandler<MesExceptionHandler>();

        // A body or parameter that does not bind throws, so the one exception handler answers it in the person's
        // language and names the field, instead of the framework's bare English "Bad Request".
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new PlainDecimalConverter());
        });
        builder.Services.AddOpenApi(options => options.AddMesDocument());
    }

    /// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and its interactive reference at <c>/api/docs</c>.</summary>
    public static void MapMesApiReference(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs", options =>
        {
            options
                .WithTitle("Workshop MES API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl)
                .DisableAgent()
                .DisableTelemetry()

                // Scalar's fonts come from its CDN, which the content security policy (and an offline LAN) refuses.
                .DisableDefaultFonts();

            // The reference works offline on a workshop's network; online extras would only show errors.
            options.ShowDeveloperTools = DeveloperToolsVisibility.Never;

            // The API key goes in as a bearer token; the reference itself is public, the data is not.
            options.AddHttpAuthentication("ApiKey", auth => auth.Token = string.Empty);
        }).AllowAnonymous();
    }

    /// <summary>Bare status answers (401 from sign-in, 404 for an unknown route) get a title in the person's language.</summary>
    private static void LocaliseBareStatus(ProblemDetailsContext context)
    {
        var key = context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => "Problem.Unauthorized",
            StatusCodes.Status403Forbidden => "Problem.Forbidden",
            StatusCodes.Status404NotFound => "Problem.NotFound",
            _ => null,
        };
        if (key is not null && context.Exception is null && context.ProblemDetails.Detail is null && IsDefaultTitle(context.ProblemDetails))
        {
            context.ProblemDetails.Title = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
        }
    }

    private static bool IsDefaultTitle(Microsoft.AspNetCore.Mvc.ProblemDetails problem) =>
        problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(problem.Status ?? 0);
}
