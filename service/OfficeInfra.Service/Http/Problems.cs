using Microsoft.AspNetCore.Http.HttpResults;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http;

/// <summary>The problem details the endpoints answer with directly.</summary>
internal static class Problems
{
    /// <summary>404 for a job the caller cannot see (unknown, expired, or someone else's).</summary>
    public static ProblemHttpResult JobNotFound(string id) => TypedResults.Problem(
        $"There is no job '{id}' for you; finished jobs are kept for a limited time.", statusCode: 404, title: "Job not found",
        extensions: Kind("job-not-found"));

    /// <summary>422 carrying the findings that block generating or publishing.</summary>
    public static ProblemHttpResult RegistersHaveErrors(IReadOnlyList<FindingView> findings) => TypedResults.Problem(
        $"The registers have {FindingCounts.Plural(findings.Count(f => f.Severity == Registers.Findings.Severity.Error), "error")}; fix them and try again.",
        statusCode: 422, title: "The registers have errors",
        extensions: new Dictionary<string, object?> { ["findings"] = findings, [ErrorKinds.Extension] = ErrorKinds.Of(ErrorKind.RegistersHaveErrors) });

    /// <summary>503 when the job queue is full.</summary>
    public static ProblemHttpResult QueueFull() => TypedResults.Problem(
        "The service is busy with other jobs; try again in a moment.", statusCode: 503, title: "Busy", extensions: Kind("queue-full"));

    /// <summary>429 when the caller already has as many jobs queued or running as one caller may.</summary>
    public static ProblemHttpResult TooManyJobs(int limit) => TypedResults.Problem(
        $"You already have {FindingCounts.Plural(limit, "job")} queued or running, the most one caller may have; wait for one to finish or cancel one, then try again.",
        statusCode: 429, title: "Too many jobs", extensions: Kind("too-many-jobs"));

    /// <summary>409 for the zip of a job whose documents are not (or never will be) ready.</summary>
    public static ProblemHttpResult JobHasNoFiles(string id, string status) => TypedResults.Problem(
        $"Job '{id}' is {status}; its documents download as one zip once it has succeeded.",
        statusCode: 409, title: "The job has no documents yet", extensions: Kind("job-not-succeeded"));

    /// <summary>415 for a body that is neither registers JSON nor a workbook.</summary>
    public static ProblemHttpResult UnsupportedContent() => TypedResults.Problem(
        "Send the registers as application/json, or the workbook as an .xlsx upload (raw body or multipart form).",
        statusCode: 415, title: "Unsupported content type", extensions: Kind("unsupported-media-type"));

    private static Dictionary<string, object?> Kind(string kind) => ErrorKinds.Extensions(kind);
}
