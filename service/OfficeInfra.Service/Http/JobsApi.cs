using Microsoft.AspNetCore.Http.HttpResults;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Security;

namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>GET /api/jobs/{id}</c> (status, progress, result), <c>/events</c> (server-sent progress) and
/// <c>/files/{path}</c> (document downloads), <c>/files.zip</c> (all of them) and <c>DELETE</c> (cancel or forget).
/// A caller only ever sees its own jobs.
/// </summary>
internal static class JobsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs/{id}").WithTags("Jobs");
        jobs.MapGet("/", Get).WithName("GetJob").ProducesProblem(404);
        jobs.MapGet("/events", Events).WithName("JobEvents").Produces(200, contentType: "text/event-stream").ProducesProblem(404);
        jobs.MapGet("/files/{**path}", File).WithName("JobFile").ProducesProblem(404);
        jobs.MapGet("/files.zip", Zip).WithName("JobFilesZip").Produces(200, contentType: "application/zip").ProducesProblem(404).ProducesProblem(409);
        jobs.MapDelete("/", Delete).WithName("CancelJob").ProducesProblem(404);
        return api;
    }

    private static Results<Ok<JobView>, ProblemHttpResult> Get(string id, HttpContext context, IJobStore store) =>
        store.Find(id, Caller.IdOf(context)) is { } job ? TypedResults.Ok(job.Snapshot()) : Problems.JobNotFound(id);

    private static Results<ServerSentEventsResult<string>, ProblemHttpResult> Events(string id, HttpContext context, IJobStore store) =>
        store.Find(id, Caller.IdOf(context)) is { } job
            ? TypedResults.ServerSentEvents(JobEvents.StreamAsync(job, context.RequestAborted))
            : Problems.JobNotFound(id);

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> File(string id, string path, HttpContext context, IJobStore store)
    {
        if (store.Find(id, Caller.IdOf(context)) is not { } job)
        {
            return Problems.JobNotFound(id);
        }
        // Only the documents the job lists are served: no path from the URL ever reaches the disk unchecked.
        var result = job.Snapshot().Result;
        var document = result?.Documents?.FirstOrDefault(d => string.Equals(d.Path, path, StringComparison.Ordinal));
        // The records (manifest.json) of a generate job download too, for the caller to send with its next generate.
        // So does the records plan, when the request asked for it.
        var records = (result?.RecordsUrl is not null && path == Publishing.Planning.LibraryLayout.ManifestName) || LibraryRuns.JobRecordsPlan.Lists(result, path);
        var full = records ? Path.Combine(JobFiles.LibraryOf(job), path)
            : document is null ? null : Path.Combine(JobFiles.LibraryOf(job), Path.Combine(document.Path.Split('/')));
        if (full is null || !System.IO.File.Exists(full))
        {
            return TypedResults.Problem($"Job '{id}' has no document '{path}'.", statusCode: 404, title: "Document not found");
        }
        return TypedResults.PhysicalFile(full, JobFiles.ContentTypeOf(full), Path.GetFileName(full));
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Zip(string id, HttpContext context, IJobStore store)
    {
        if (store.Find(id, Caller.IdOf(context)) is not { } job)
        {
            return Problems.JobNotFound(id);
        }
        var view = job.Snapshot();
        if (view.Status != JobStatus.Succeeded || view.Result?.Documents is not { } documents)
        {
            return Problems.JobHasNoFiles(id, view.Status.ToString().ToLowerInvariant());
        }
        return TypedResults.Stream(body => JobZip.WriteAsync(job, documents, LibraryRuns.JobRecordsPlan.FilesOf(view.Result), body, context.RequestAborted), "application/zip", JobZip.FileNameOf(job));
    }

    // A queued or running job is cancelled (202, it turns "cancelled" within moments); a finished one is forgotten
    // with its files (204): the same verb lets a client stop work and clean up after it.
    private static Results<Accepted<JobView>, NoContent, ProblemHttpResult> Delete(string id, HttpContext context, IJobStore store, TimeProvider time)
    {
        if (store.Find(id, Caller.IdOf(context)) is not { } job)
        {
            return Problems.JobNotFound(id);
        }
        if (store.Cancel(job, time.GetUtcNow()))
        {
            return TypedResults.Accepted($"/api/jobs/{job.Id}", job.Snapshot());
        }
        store.Forget(job);
        return TypedResults.NoContent();
    }
}
