using Microsoft.AspNetCore.Http.HttpResults;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Security;

namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>GET /api/jobs/{id}</c> (status, progress, result), <c>/events</c> (server-sent progress) and
/// <c>/files/{path}</c> (document downloads). A caller only ever sees its own jobs.
/// </summary>
public static class JobsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs/{id}").WithTags("Jobs");
        jobs.MapGet("/", Get).WithName("GetJob").ProducesProblem(404);
        jobs.MapGet("/events", Events).WithName("JobEvents").Produces(200, contentType: "text/event-stream").ProducesProblem(404);
        jobs.MapGet("/files/{**path}", File).WithName("JobFile").ProducesProblem(404);
        return api;
    }

    private static Results<Ok<JobView>, ProblemHttpResult> Get(string id, HttpContext context, JobStore store) =>
        store.Find(id, Caller.IdOf(context)) is { } job ? TypedResults.Ok(job.Snapshot()) : Problems.JobNotFound(id);

    private static Results<ServerSentEventsResult<string>, ProblemHttpResult> Events(string id, HttpContext context, JobStore store) =>
        store.Find(id, Caller.IdOf(context)) is { } job
            ? TypedResults.ServerSentEvents(JobEvents.StreamAsync(job, context.RequestAborted))
            : Problems.JobNotFound(id);

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> File(string id, string path, HttpContext context, JobStore store)
    {
        if (store.Find(id, Caller.IdOf(context)) is not { } job)
        {
            return Problems.JobNotFound(id);
        }
        // Only the documents the job lists are served: no path from the URL ever reaches the disk unchecked.
        var document = job.Snapshot().Result?.Documents?.FirstOrDefault(d => string.Equals(d.Path, path, StringComparison.Ordinal));
        var full = document is null ? null : Path.Combine(JobFiles.LibraryOf(job), Path.Combine(document.Path.Split('/')));
        if (full is null || !System.IO.File.Exists(full))
        {
            return TypedResults.Problem($"Job '{id}' has no document '{path}'.", statusCode: 404, title: "Document not found");
        }
        return TypedResults.PhysicalFile(full, JobFiles.ContentTypeOf(full), Path.GetFileName(full));
    }
}
