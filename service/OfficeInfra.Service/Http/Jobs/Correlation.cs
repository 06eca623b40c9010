using System.Text.RegularExpressions;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>The correlation id that ties a job's log lines to the request (and client) that started it.</summary>
internal static partial class Correlation
{
    /// <summary>The header a client may send (and gets back).</summary>
    public const string Header = "X-Correlation-Id";

    /// <summary>The client's id when it is short and plain (it lands in logs), else the request's trace id.</summary>
    public static string IdOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = context.Request.Headers[Header].ToString();
        var id = Plain().IsMatch(given) ? given : context.TraceIdentifier;
        context.Response.Headers[Header] = id;
        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Plain();
}
