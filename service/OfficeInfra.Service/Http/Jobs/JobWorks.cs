using Azure.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Http.LibraryRuns;
using OfficeInfra.Service.Http.Security;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// The one place a job's work is defined, built from its request: where the job is started, and (with a shared job
/// store) again on whichever instance takes it, from the request the store kept.
/// </summary>
internal sealed class JobWorks(ILibraryRunner runner, ISharePointTargets targets, ILibraryLocks locks, IConfiguration configuration, IOptions<AuthOptions> auth)
{
    /// <summary>The work of a <paramref name="kind"/> job for <paramref name="request"/>, acting with <paramref name="credential"/> (publish, Entra mode).</summary>
    public JobWork Build(JobKind kind, StartRequest request, TokenCredential? credential) => kind switch
    {
        JobKind.Generate => Generate(request),
        JobKind.Publish => Publish(request, credential),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such job kind."),
    };

    /// <summary>Where a publish of <paramref name="request"/> goes, or a 403 problem for a target the settings do not allow.</summary>
    public (SharePointOptions? Options, ProblemHttpResult? Refusal) TargetOf(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration.GetSection("SharePoint").Get<SharePointOptions>() ?? new SharePointOptions();
        var allowed = configuration.GetSection("SharePoint:AllowedSites").Get<string[]>() ?? [];
        return PublishTargets.Resolve(configured, allowed, request.Target, auth.Value.Enabled);
    }

    private JobWork Generate(StartRequest started)
    {
        var request = started.Run;
        var run = new LibraryRun(started.Registers, request.AsOf, Apply: true, LibrarySettings.From(configuration));
        var records = request.Records is null ? null : LibraryRecords.Parse(request.Records);
        return async (job, progress, token) =>
        {
            var library = JobFiles.LibraryOf(job);
            if (records is not null)
            {
                // The job's library starts from the previous records alone: no files, so every document is written.
                Directory.CreateDirectory(library);
                await File.WriteAllBytesAsync(Path.Combine(library, LibraryLayout.ManifestName), records.ToJson(), token).ConfigureAwait(false);
            }
            var result = await runner.RunAsync(run, new LocalLibraryTarget(library), progress, token).ConfigureAwait(false);
            var documents = result.Desired.Documents
                .Select(d => new JobDocument(d.Kind, d.Department, d.Subject, d.Path, d.Sha256, JobFiles.UrlOf(job.Id, d.Path)))
                .ToList();
            var answer = new JobResult(result.Applied, documents, result.Plan, JobZip.UrlOf(job.Id), JobFiles.UrlOf(job.Id, LibraryLayout.ManifestName));
            return JobRecordsPlan.AddTo(answer, job, result, request.RecordsPlan);
        };
    }

    private JobWork Publish(StartRequest started, TokenCredential? credential)
    {
        var request = started.Run;
        var options = TargetOf(request).Options
            ?? throw new OfficeInfraException(ErrorKind.Configuration, "This instance's settings do not allow the publishing target the job names.");
        var run = new LibraryRun(started.Registers, request.AsOf, Apply: !request.DryRun,
            LibrarySettings.From(configuration, request.PruneDocuments, request.PrunePermissions) with { OverwriteEdited = request.OverwriteEdited },
            request.DryRun ? null : request.ConfirmPlan);
        return async (job, progress, token) =>
        {
            // Publishes to one library never overlap, on any instance: each plans against what the one before left.
            // A dry run only reads, so it does not wait.
            var held = run.Apply ? await locks.HoldAsync(LibraryLocks.KeyOf(options), token).ConfigureAwait(false) : LibraryLocks.None;
            await using (held.ConfigureAwait(false))
            {
                var target = targets.Create(options, credential);
                try
                {
                    var result = await runner.RunAsync(run, target, progress, token).ConfigureAwait(false);
                    // Each document with its web address, so the pane can open the library and each document in it.
                    var documents = result.LibraryUrl is null ? null : result.Desired.Documents
                        .Select(d => result.WebUrlOf(d.Path) is { } web ? new JobDocument(d.Kind, d.Department, d.Subject, d.Path, d.Sha256, web, web) : null)
                        .OfType<JobDocument>().ToList();
                    return JobRecordsPlan.AddTo(new JobResult(result.Applied, documents, result.Plan, LibraryUrl: result.LibraryUrl), job, result, request.RecordsPlan);
                }
                finally
                {
                    // The SharePoint target owns its HTTP clients; one left behind per job would hold sockets open.
                    (target as IDisposable)?.Dispose();
                }
            }
        };
    }
}
