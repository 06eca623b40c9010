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

    /// <summary>Queues a job of <paramref name="kind"/> for the caller; 503 when the queue is full.</summary>
    public Results<Accepted<JobView>, ProblemHttpResult> Start(HttpContext context, JobKind kind, JobWork work)
    {
        var job = new Job(kind, Caller.IdOf(context), Correlation.IdOf(context), jobOptions.Value.ResolvedFolder, work, time);
        if (!queue.TryEnqueue(job))
        {
            context.Response.Headers.RetryAfter = "10";
            return Problems.QueueFull();
        }
        return TypedResults.Accepted($"/api/jobs/{job.Id}", job.Snapshot());
    }
}
