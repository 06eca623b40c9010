using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Security;

namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>POST /api/publish</c>: makes the SharePoint library match the registers, or with <c>dryRun</c> only plans.
/// In Entra mode it acts as the signed-in user (on-behalf-of). The target is checked by <see cref="PublishTargets"/>,
/// and a publish that prunes must confirm the plan it saw (<see cref="PlanHash"/>).
/// </summary>
internal static class PublishApi
{
    /// <summary>The request body: what the API documents and what the job binds.</summary>
    /// <param name="RecordsPlan">Also write <c>Records Plan.xlsx</c> and the Purview file plan CSV of the plan (dry run) or
    /// of what was applied (<c>result.recordsPlanUrl</c>, <c>result.filePlanUrl</c>).</param>
    /// <param name="OverwriteEdited">Replace documents someone edited in the library since the last publish (kept otherwise).</param>
    public sealed record PublishBody(object Registers, PublishTarget? Target, bool DryRun, string? AsOf, bool PruneDocuments, bool PrunePermissions,
        string? ConfirmPlan, bool RecordsPlan, bool OverwriteEdited = false);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapPublish(this RouteGroupBuilder api)
    {
        api.MapPost("/publish", PublishAsync).WithName("Publish").WithTags("Jobs")
            .Accepts<PublishBody>("application/json").ProducesProblem(400).ProducesProblem(403).ProducesProblem(409).ProducesProblem(413)
            .ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        return api;
    }

    private static async Task<Results<Accepted<JobView>, ProblemHttpResult>> PublishAsync(HttpContext context, JobStarter starter,
        JobWorks works, OnBehalfOfTokens tokens, IOptions<AuthOptions> auth, ILogger<JobStarter> logger, CancellationToken cancellationToken)
    {
        var (read, problem) = await starter.ReadAsync(context.Request, JobKind.Publish, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var request = read!.Run;
        var (options, refusal) = works.TargetOf(request);
        if (refusal is not null)
        {
            return refusal;
        }
        var prunes = request.PruneDocuments || request.PrunePermissions;
        if (prunes && !request.DryRun && request.ConfirmPlan is null)
        {
            return SecurityProblems.Problem(StatusCodes.Status409Conflict, "Confirm the plan first",
                "Pruning deletes documents or permissions: run a dryRun with the same options, check its plan, and send its result.planHash as confirmPlan.",
                "plan-not-confirmed");
        }
        // Built now, while the caller's token is at hand; it stays inside the job and is never serialised.
        var credential = OnBehalfOf.For(context.Request, auth.Value, tokens);
        await OnBehalfOf.CheckAsync(credential, options!.GraphBaseUrl, cancellationToken).ConfigureAwait(false);
        var started = await starter.StartAsync(context, JobKind.Publish, read, credential).ConfigureAwait(false);
        if (started.Result is Accepted<JobView> accepted)
        {
            var caller = Caller.IdOf(context);
            SecurityLog.PublishQueued(logger, accepted.Value!.Id, caller, options.SiteUrl, options.LibraryName,
                request.DryRun, request.PruneDocuments, request.PrunePermissions);
        }
        return started;
    }
}
