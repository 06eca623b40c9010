namespace OfficeInfra.Service.Http;

/// <summary>How each <see cref="ErrorKind"/> reads over HTTP: its status code and a clear title.</summary>
internal static class ProblemTitles
{
    /// <summary>The HTTP status for <paramref name="kind"/>.</summary>
    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.UnreadableInput or ErrorKind.Configuration => StatusCodes.Status400BadRequest,
        ErrorKind.RegistersHaveErrors or ErrorKind.InvalidTemplate => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.PlanChanged => StatusCodes.Status409Conflict,
        ErrorKind.SignInRequired => StatusCodes.Status401Unauthorized,
        ErrorKind.ConsentRequired => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status502BadGateway,
    };

    /// <summary>The problem title for <paramref name="kind"/>.</summary>
    public static string For(ErrorKind kind) => kind switch
    {
        ErrorKind.UnreadableInput => "Unreadable input",
        ErrorKind.RegistersHaveErrors => "The registers have errors",
        ErrorKind.InvalidTemplate => "A template is broken",
        ErrorKind.Configuration => "The service is not configured for this",
        ErrorKind.PlanChanged => "The plan changed",
        ErrorKind.SignInRequired => "Sign in again",
        ErrorKind.ConsentRequired => "Consent needed",
        _ => "The library target failed",
    };
}
