using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace OfficeInfra.Service.Http;

/// <summary>
/// The HTTP boundary: every exception becomes RFC 9457 problem details with a clear title and one sentence; the
/// stack trace stays in the log.
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var unreadable = ErrorKinds.Of(ErrorKind.UnreadableInput);
        var (status, title, detail, kind) = exception switch
        {
            OfficeInfraException { Kind: ErrorKind.UnreadableInput, InnerException: JsonException } e => (400, "Invalid JSON", e.Message, unreadable),
            OfficeInfraException e => (ProblemTitles.StatusFor(e.Kind), ProblemTitles.For(e.Kind), e.Message, ErrorKinds.Of(e.Kind)),
            BadHttpRequestException { StatusCode: 413 } e => (413, "Request too large", e.Message, ErrorKinds.ForStatus(413)),
            BadHttpRequestException e => (e.StatusCode, "Bad request", "The request could not be read; check its JSON and content type.", unreadable),
            JsonException => (400, "Invalid JSON", "The request body is not valid JSON.", unreadable),
            InvalidDataException => (400, "Bad request", "The uploaded form could not be read.", unreadable),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Cancelled", "The client went away.", ErrorKinds.ForStatus(499)),
            _ => (500, "Unexpected problem", "The service hit an unexpected problem; its log has the details.", ErrorKinds.ForStatus(500)),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        // A result rather than IProblemDetailsService.WriteAsync: it writes the problem JSON even when no writer takes
        // the request's Accept (text/event-stream), never an empty 500.
        var extensions = new Dictionary<string, object?> { [ErrorKinds.Extension] = kind };
        await TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
