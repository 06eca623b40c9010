using Microsoft.AspNetCore.Http.HttpResults;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Library;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http;

/// <summary><c>POST /api/generate</c>: builds the library in the job's folder; its documents download from the job.</summary>
public static class GenerateApi
{
    /// <summary>The documented body.</summary>
    /// <param name="Records">The <c>manifest.json</c> a previous generate job returned (<c>result.recordsUrl</c>): the
    /// documents then keep their IDs, versions and dates, and change only where the registers did.</param>
    /// <param name="RecordsPlan">Also write <c>Records Plan.xlsx</c> and the Purview file plan CSV (<c>result.recordsPlanUrl</c>,
    /// <c>result.filePlanUrl</c>).</param>
    public sealed record GenerateBody(object Registers, string? AsOf, object? Records, bool RecordsPlan);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapGenerate(this RouteGroupBuilder api)
    {
        api.MapPost("/generate", GenerateAsync).WithName("Generate").WithTags("Jobs")
            .Accepts<GenerateBody>("application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        return api;
    }

    private static async Task<Results<Accepted<JobView>, ProblemHttpResult>> GenerateAsync(HttpContext context, JobStarter starter,
        ILibraryRunner runner, IConfiguration configuration, ILogger<JobStarter> logger, CancellationToken cancellationToken)
    {
        var (request, problem) = await starter.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var run = new LibraryRun(request!.Registers, request.AsOf, Apply: true, LibrarySettings.From(configuration));
        var records = request.Records is null ? null : LibraryRecords.Parse(request.Records);
        var started = starter.Start(context, JobKind.Generate, async (job, progress, token) =>
        {
            if (records is not null)
            {
                // The job's library starts from the previous records alone: no files, so every document is written.
                Directory.CreateDirectory(JobFiles.LibraryOf(job));
                await File.WriteAllBytesAsync(Path.Combine(JobFiles.LibraryOf(job), LibraryLayout.ManifestName), records.ToJson(), token).ConfigureAwait(false);
            }
            var result = await runner.RunAsync(run, new LocalLibraryTarget(JobFiles.LibraryOf(job)), progress, token).ConfigureAwait(false);
            var documents = result.Desired.Documents
                .Select(d => new JobDocument(d.Kind, d.Department, d.Subject, d.Path, d.Sha256, JobFiles.UrlOf(job.Id, d.Path)))
                .ToList();
            var answer = new JobResult(result.Applied, documents, result.Plan, JobZip.UrlOf(job.Id), JobFiles.UrlOf(job.Id, LibraryLayout.ManifestName));
            return JobRecordsPlan.AddTo(answer, job, result, request.RecordsPlan);
        }, request.Registers.Organisation);
        if (started.Result is Accepted<JobView> accepted)
        {
            var caller = Caller.IdOf(context);
            SecurityLog.GenerateQueued(logger, accepted.Value!.Id, caller);
        }
        return started;
    }
}
