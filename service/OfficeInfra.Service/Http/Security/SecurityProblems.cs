using Microsoft.AspNetCore.Http.HttpResults;

namespace OfficeInfra.Service.Http.Security;

/// <summary>
/// The problems the security checks answer with: one sentence each, and a stable <c>errorKind</c> the add-in decides on
/// (never the title's wording). They are results, so middleware can execute them whatever the request's Accept says.
/// </summary>
internal static class SecurityProblems
{
    /// <summary>The problem-details extension that names what went wrong, in kebab-case.</summary>
    public const string ErrorKindKey = "errorKind";

    /// <summary>415: a state-changing request without an accepted Content-Type (what a cross-site no-cors request sends).</summary>
    public static ProblemHttpResult UnsupportedMediaType(IReadOnlyCollection<string> accepted) => Problem(415, "Unsupported content type",
        $"This request must be sent with Content-Type {string.Join(" or ", accepted)}.", "unsupported-media-type");

    /// <summary>403: a state-changing request from a web page of another origin, or from an opaque (<c>null</c>) one.</summary>
    public static ProblemHttpResult ForbiddenOrigin(string origin) => Problem(403, "Origin not allowed",
        $"Requests from the web page at '{Printable(origin)}' are refused; only the add-in may change things through this service.", "forbidden-origin");

    /// <summary>400: local mode answers only to loopback names, so a DNS-rebinding page cannot reach it.</summary>
    public static ProblemHttpResult ForbiddenHost(string host) => Problem(400, "Unknown host name",
        $"Without Entra ID this service answers only at localhost, 127.0.0.1 or [::1], not at '{Printable(host)}'.", "forbidden-host");

    /// <summary>429: more requests a minute than <see cref="LimitOptions.RequestsPerMinute"/>.</summary>
    public static ProblemHttpResult RateLimited() => Problem(429, "Too many requests",
        "Slow down: try again in a minute.", "rate-limited");

    /// <summary>429: the caller already has <see cref="LimitOptions.ValidationsPerCaller"/> validations running.</summary>
    public static ProblemHttpResult TooManyValidations(int running) => Problem(429, "Too many validations at once",
        $"You already have {running} validation{(running == 1 ? "" : "s")} running; try again when one has finished.", "too-many-validations");

    /// <summary>Problem details with an <c>errorKind</c> extension.</summary>
    public static ProblemHttpResult Problem(int status, string title, string detail, string errorKind) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { [ErrorKindKey] = errorKind });

    // A header value goes into a sentence: keep it short and free of control characters.
    private static string Printable(string value)
    {
        var clean = new string([.. value.Where(c => !char.IsControl(c))]);
        return clean.Length <= 100 ? clean : clean[..100] + "…";
    }
}
