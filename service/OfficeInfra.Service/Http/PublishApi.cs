using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Http.Jobs;
using OfficeInfra.Service.Http.Library;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http;

/// <summary>
/// <c>POST /api/publish</c>: makes the SharePoint library match the registers, or with <c>dryRun</c> only plans.
/// In Entra mode it acts as the signed-in user (on-behalf-of).
/// </summary>
public static class PublishApi
{
    /// <summary>The documented body.</summary>
    public sealed record PublishBody(object Registers, PublishTarget? Target, bool DryRun, string? AsOf, bool PruneDocuments, bool PrunePermissions);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapPublish(this RouteGroupBuilder api)
    {
        api.MapPost("/publish", PublishAsync).WithName("Publish").WithTags("Jobs")
            .Accepts<PublishBody>("application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        return api;
    }

    private static async Task<Results<Accepted<JobView>, ProblemHttpResult>> PublishAsync(HttpContext context, JobStarter starter,
        ILibraryRunner runner, ISharePointTargets targets, IConfiguration configuration, IOptions<AuthOptions> auth, CancellationToken cancellationToken)
    {
        var (request, problem) = await starter.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }
        var configured = configuration.GetSection("SharePoint").Get<SharePointOptions>() ?? new SharePointOptions();
        var options = configured with
        {
            SiteUrl = request!.Target?.SiteUrl ?? configured.SiteUrl,
            LibraryName = request.Target?.LibraryName ?? configured.LibraryName,
        };
        if (string.IsNullOrWhiteSpace(options.SiteUrl))
        {
            throw new OfficeInfraException(ErrorKind.Configuration, "Say which SharePoint site to publish to: target.siteUrl in the request, or SharePoint:SiteUrl in the service's settings.");
        }
        // Built now, while the caller's token is at hand; it stays inside the job and is never serialised.
        var credential = OnBehalfOf.For(context.Request, auth.Value);
        var run = new LibraryRun(request.Registers, request.AsOf, Apply: !request.DryRun,
            LibrarySettings.From(configuration, request.PruneDocuments, request.PrunePermissions) with { OverwriteEdited = request.OverwriteEdited });
        return starter.Start(context, JobKind.Publish, async (job, progress, token) =>
        {
            var target = targets.Create(options, credential);
            try
            {
                var result = await runner.RunAsync(run, target, progress, token).ConfigureAwait(false);
                return new JobResult(result.Applied, null, result.Plan);
            }
            finally
            {
                // The SharePoint target owns its HTTP clients; one left behind per job would hold sockets open.
                (target as IDisposable)?.Dispose();
            }
        });
    }
}
