using Microsoft.AspNetCore.Http.HttpResults;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Security;

namespace OfficeInfra.Service.Http;

/// <summary><c>POST /api/generate</c>: builds the library in the job's folder; its documents download from the job.</summary>
internal static class GenerateApi
{
    /// <summary>The request body: what the API documents and what the job binds.</summary>
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
        ILogger<JobStarter> logger, CancellationToken cancellationToken)
    {
        var (request, problem) = await starter.ReadAsync(context.Request, JobKind.Generate, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var started = await starter.StartAsync(context, JobKind.Generate, request!).ConfigureAwait(false);
        if (started.Result is Accepted<JobView> accepted)
        {
            var caller = Caller.IdOf(context);
            SecurityLog.GenerateQueued(logger, accepted.Value!.Id, caller);
        }
        return started;
    }
}
