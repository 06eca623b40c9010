using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>What generate and publish share: read the request, refuse registers with errors, queue the job, answer 202.</summary>
public sealed class JobStarter(JobBacklog queue, IOptions<JobOptions> jobOptions, IOptions<LimitOptions> limits, TimeProvider time)
{
    /// <summary>Reads and checks the request body; a 422 problem when the registers have errors.</summary>
    public async Task<(RunRequest? Request, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var json = await RequestBody.ReadTextAsync(request, limits.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        var run = RunRequest.Parse(json);
        var findings = RegisterRules.Check(run.Registers);
        return RegisterRules.HasErrors(findings) ? (null, Problems.RegistersHaveErrors(FindingView.From(findings))) : (run, null);
    }

    /// <summary>
    /// Queues a job of <paramref name="kind"/> for the caller: 429 when the caller has too many jobs unfinished,
    /// 503 when the queue is full (both with Retry-After). <paramref name="downloadName"/> names its zip.
    /// </summary>
    public Results<Accepted<JobView>, ProblemHttpResult> Start(HttpContext context, JobKind kind, JobWork work, string? downloadName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = new Job(kind, Caller.IdOf(context), Correlation.IdOf(context), jobOptions.Value.ResolvedFolder, work, time)
        {
            DownloadName = downloadName,
        };
        switch (queue.TryEnqueue(job))
        {
            case Admission.CallerAtLimit:
                context.Response.Headers.RetryAfter = "10";
                return Problems.TooManyJobs(jobOptions.Value.MaxPerCaller);
            case Admission.QueueFull:
                context.Response.Headers.RetryAfter = "10";
                return Problems.QueueFull();
            default:
                return TypedResults.Accepted($"/api/jobs/{job.Id}", job.Snapshot());
        }
    }
}
