using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Workshop.Mes.Web.Features.Api;

/// <summary>
/// The one way an endpoint answers field errors: 400 validation problem details (RFC 9457), titled in the caller's
/// language, with <c>errors</c> keyed by the field the client sent.
/// </summary>
internal static class ValidationProblems
{
    public static ValidationProblem ToValidationProblem(this IEnumerable<KeyValuePair<string, string[]>> errors, IStringLocalizer text) =>
        TypedResults.ValidationProblem(errors, title: text["Problem.Validation"]);

    /// <summary>Field errors with members beside <c>errors</c> (e.g. <c>remainingAttempts</c>) and, optionally, a detail.</summary>
    public static ValidationProblem ToValidationProblem(
        this IEnumerable<KeyValuePair<string, string[]>> errors, IStringLocalizer text, IDictionary<string, object?> extensions, string? detail = null) =>
        TypedResults.ValidationProblem(errors, title: text["Problem.Validation"], detail: detail, extensions: extensions);

    public static ValidationProblem ToValidationProblem<T>(this Validated<T> result, IStringLocalizer text)
        where T : class =>
        result.Errors.ToValidationProblem(text);

    /// <summary>One field's one error.</summary>
    public static ValidationProblem FieldProblem(this IStringLocalizer text, string field, string message) =>
        new Dictionary<string, string[]> { [field] = [message] }.ToValidationProblem(text);
}
