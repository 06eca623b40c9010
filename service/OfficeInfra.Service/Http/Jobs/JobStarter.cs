using Azure.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>A request body read and checked: the parsed request, its registers as the rules passed them, and the body it
/// came from (what a shared store keeps).</summary>
internal sealed record StartRequest(RunRequest Run, CheckedRegisters Registers, string Body);

/// <summary>What generate and publish share: read the request, refuse registers with errors, queue the job, answer 202.</summary>
internal sealed class JobStarter(IJobIntake queue, JobWorks works, IOptions<JobOptions> jobOptions, IOptions<LimitOptions> limits, TimeProvider time)
{
    /// <summary>Reads the body of a <paramref name="kind"/> request and checks its registers; a 422 problem when they have errors.</summary>
    public async Task<(StartRequest? Request, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, JobKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var json = await RequestBody.ReadTextAsync(request, limits.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        var run = RunRequest.Parse(kind, json);
        var (findings, registers) = RegisterRules.Judge(run.Registers);
        return registers is null ? (null, Problems.RegistersHaveErrors(FindingView.From(findings))) : (new StartRequest(run, registers, json), null);
    }

    /// <summary>
    /// Queues a job of <paramref name="kind"/> for the caller: 429 when the caller has too many jobs unfinished,
    /// 503 when the queue is full (both with Retry-After). A generate job's zip is named after the organisation.
    /// </summary>
    /// <param name="credential">The signed-in user's credential (publish, Entra mode): it stays in this instance's
    /// memory, so such a job runs here and is never handed to another instance.</param>
    public async Task<Results<Accepted<JobView>, ProblemHttpResult>> StartAsync(HttpContext context, JobKind kind, StartRequest request,
        TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var job = new Job(kind, Caller.IdOf(context), Correlation.IdOf(context), jobOptions.Value.ResolvedFolder,
            works.Build(kind, request, credential), time)
        {
            DownloadName = kind == JobKind.Generate ? request.Run.Registers.Organisation : null,
            Request = credential is null ? request.Body : null,
        };
        switch (await queue.TryEnqueueAsync(job, context.RequestAborted).ConfigureAwait(false))
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
