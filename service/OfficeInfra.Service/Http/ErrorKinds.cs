using Microsoft.AspNetCore.Http;

namespace OfficeInfra.Service.Http;

/// <summary>
/// The stable <c>errorKind</c> extension every problem carries (kebab-case): the add-in decides on it, never on a
/// title's wording. A problem made with a kind keeps it; one made without gets the kind of its status code.
/// </summary>
internal static class ErrorKinds
{
    /// <summary>The name of the extension member.</summary>
    public const string Extension = "errorKind";

    /// <summary>The kind of an <see cref="OfficeInfraException"/>.</summary>
    public static string Of(ErrorKind kind) => kind switch
    {
        ErrorKind.UnreadableInput => "unreadable-input",
        ErrorKind.RegistersHaveErrors => "registers-have-errors",
        ErrorKind.InvalidTemplate => "invalid-template",
        ErrorKind.Configuration => "not-configured",
        ErrorKind.SignInRequired => "sign-in-required",
        ErrorKind.ConsentRequired => "consent-required",
        ErrorKind.PlanChanged => "plan-changed",
        _ => "target-failed",
    };

    /// <summary>The kind of a problem that names none, from its HTTP status.</summary>
    public static string ForStatus(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "sign-in-required",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status413PayloadTooLarge => "request-too-large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        StatusCodes.Status422UnprocessableEntity => "unprocessable",
        StatusCodes.Status429TooManyRequests => "rate-limited",
        StatusCodes.Status499ClientClosedRequest => "cancelled",
        StatusCodes.Status503ServiceUnavailable => "unavailable",
        >= 500 => "unexpected",
        _ => "bad-request",
    };

    /// <summary>Problem extensions holding <paramref name="kind"/>, for <c>TypedResults.Problem(extensions: …)</c>.</summary>
    public static Dictionary<string, object?> Extensions(string kind) => new() { [Extension] = kind };

    /// <summary>
    /// Gives a problem that has no kind the kind of its status (wired as <c>ProblemDetailsOptions.CustomizeProblemDetails</c>,
    /// which every problem written through <see cref="IProblemDetailsService"/> passes, typed results included).
    /// </summary>
    public static void AddDefault(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ProblemDetails.Extensions.TryAdd(Extension, ForStatus(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));
    }
}
