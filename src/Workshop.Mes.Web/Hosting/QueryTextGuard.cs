using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Refuses a query string holding a control character (<c>?search=%00</c>, a tab in <c>returnUrl</c>) before anything
/// reads it: a 400 naming each such parameter. PostgreSQL cannot take a NUL even in a search pattern, and no value
/// a list, a switch or a return path takes can mean one (ADR 0027).
/// </summary>
internal sealed class QueryTextGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems, IStringLocalizer<SharedResource> text)
    {
        var refused = http.Request.Query
            .Where(parameter => parameter.Value.Any(value => value is not null && TypedText.HasControlCharacters(value)))
            .ToDictionary(parameter => parameter.Key, _ => new[] { text["Edges.ControlCharacters"].Value });
        if (refused.Count == 0)
        {
            await next(http);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ValidationProblemDetails(refused) { Status = StatusCodes.Status400BadRequest, Title = text["Problem.Validation"] },
        });
    }
}
