using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace OfficeInfra.Service.Http;

/// <summary>
/// The HTTP boundary: every exception becomes RFC 9457 problem details with a clear title and one sentence; the
/// stack trace stays in the log.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, title, detail) = exception switch
        {
            OfficeInfraException { Kind: ErrorKind.UnreadableInput, InnerException: JsonException } e => (400, "Invalid JSON", e.Message),
            OfficeInfraException e => (ProblemTitles.StatusFor(e.Kind), ProblemTitles.For(e.Kind), e.Message),
            BadHttpRequestException { StatusCode: 413 } e => (413, "Request too large", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", "The request could not be read; check its JSON and content type."),
            JsonException => (400, "Invalid JSON", "The request body is not valid JSON."),
            InvalidDataException => (400, "Bad request", "The uploaded form could not be read."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Cancelled", "The client went away."),
            _ => (500, "Unexpected problem", "The service hit an unexpected problem; its log has the details."),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        // A result rather than IProblemDetailsService.WriteAsync: it writes the problem JSON even when no writer takes
        // the request's Accept (text/event-stream), never an empty 500.
        var kind = exception is OfficeInfraException { Kind: var k } ? ProblemTitles.ErrorKindFor(k) : null;
        await TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: kind is null ? null : new Dictionary<string, object?> { ["errorKind"] = kind }).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
