using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Web.Features;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// The one place an exception becomes a response: a broken business rule is a 409 with its message in the
/// person's language; anything unexpected is a 500 that says nothing about the inside.
/// </summary>
internal sealed class MesExceptionHandler(
    IProblemDetailsService problemDetails,
    IStringLocalizer<SharedResource> text,
    ILogger<MesExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainRuleException rule => RuleBroken(rule),
            WorkshopNotFoundException => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = text["Problem.WorkshopNotFound"],
            },
            AccessDeniedException => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = text["Problem.Forbidden"],
            },
            StaleVersionException or DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = text["Problem.Stale"],
                Detail = text["Problem.Stale.Detail"],
            },
            PreconditionRequiredException => new ProblemDetails
            {
                Status = StatusCodes.Status428PreconditionRequired,
                Title = text["Problem.IfMatchRequired"],
                Detail = text["Problem.IfMatchRequired.Detail"],
            },
            MalformedIfMatchException => FieldUnreadable("If-Match", text["Problem.IfMatchMalformed"]),
            BadHttpRequestException bad => Unreadable(UnreadableRequest.Of(bad)),

            // Validators keep bad input out (ADR 0027); these catch what only the database sees: a total grown past
            // its column, or a NUL that reached a query. The statement failed, so nothing was saved.
            _ when SqlStateOf(exception) == PostgresErrorCodes.NumericValueOutOfRange => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = text["Problem.Conflict"],
                Detail = text["Edges.TotalTooLarge"],
            },
            _ when SqlStateOf(exception) == PostgresErrorCodes.CharacterNotInRepertoire => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = text["Problem.BadRequest"],
                Detail = text["Edges.Unstorable"],
            },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = text["Problem.ServerError"] };
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
        });
    }

    /// <summary>A value that could not be read names its field, like any other invalid field; a body that is not JSON says so.</summary>
    private ProblemDetails Unreadable(UnreadableRequest unreadable) => unreadable.Field is { } field
        ? FieldUnreadable(field, text["Problem.Unreadable.Field"])
        : new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["Problem.BadRequest"],
            Detail = text["Problem.Unreadable.Body"],
        };

    private ValidationProblemDetails FieldUnreadable(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text["Problem.Validation"],
        };

    private static string? SqlStateOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException postgres)
            {
                return postgres.SqlState;
            }
        }

        return null;
    }

    private ProblemDetails RuleBroken(DomainRuleException rule) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = text["Problem.Conflict"],
        Detail = RuleText.Of(text, rule),
        Extensions = { ["code"] = rule.Code },
    };
}
