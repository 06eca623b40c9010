using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// <c>publish &lt;workbook.xlsx&gt; --site &lt;url&gt; [--plan] [--json] [--prune-documents] [--prune-permissions] [--overwrite-edited]</c>:
/// makes a SharePoint library match the registers, or with <c>--plan</c> only says what it would change.
/// </summary>
public static class PublishCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var workbook = new Argument<FileInfo>("workbook") { Description = "The register workbook (.xlsx)." };
        var site = new Option<string?>("--site") { Description = "SharePoint site URL (or SharePoint:SiteUrl in settings)." };
        var library = new Option<string?>("--library") { Description = "Document library name (default: Documents)." };
        var plan = new Option<bool>("--plan") { Description = "Only print what would change; change nothing." };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var pruneDocuments = new Option<bool>("--prune-documents") { Description = "Delete documents whose role or process has left the registers." };
        var prunePermissions = new Option<bool>("--prune-permissions") { Description = "Remove permissions on department folders that their access level does not give." };
        var tenant = new Option<string?>("--tenant-id") { Description = "Entra ID tenant id." };
        var client = new Option<string?>("--client-id") { Description = "App registration (client) id." };
        var certificate = new Option<string?>("--certificate") { Description = "Certificate file (PFX/PEM) of the app registration." };
        var graph = new Option<string?>("--graph-url") { Description = "Graph base URL (national clouds; default https://graph.microsoft.com/v1.0)." };
        var templates = CliOptions.Templates();
        var asOf = CliOptions.AsOf();
        var overwriteEdited = CliOptions.OverwriteEdited();
        var recordsPlan = CliOptions.RecordsPlan();
        var command = new Command("publish", "Make a SharePoint document library match the registers (secrets come from settings or OFFICEINFRA_SharePoint__* variables).")
        {
            workbook, site, library, plan, json, pruneDocuments, prunePermissions, tenant, client, certificate, graph, templates, asOf, overwriteEdited, recordsPlan,
        };
        CliAction.Set(command, async (parse, io, cancellationToken) =>
        {
            var configuration = ServiceConfiguration.Load();
            var options = configuration.GetSection("SharePoint").Get<SharePointOptions>() ?? new SharePointOptions();
            options = options with
            {
                SiteUrl = parse.GetValue(site) ?? options.SiteUrl,
                LibraryName = parse.GetValue(library) ?? options.LibraryName,
                TenantId = parse.GetValue(tenant) ?? options.TenantId,
                ClientId = parse.GetValue(client) ?? options.ClientId,
                CertificatePath = parse.GetValue(certificate) ?? options.CertificatePath,
                GraphBaseUrl = parse.GetValue(graph) ?? options.GraphBaseUrl,
            };
            if (string.IsNullOrWhiteSpace(options.SiteUrl))
            {
                throw new OfficeInfraException(ErrorKind.Configuration, "Say which SharePoint site to publish to with --site (or SharePoint:SiteUrl in settings).");
            }
            if (parse.GetValue(recordsPlan) is { } planFolder)
            {
                Publishing.Records.RecordsPlanFiles.CheckWritable(planFolder.FullName);
            }
            var file = parse.GetValue(workbook)!;
            if (await CheckedWorkbook.ReadAsync(file, io, "Nothing was published").ConfigureAwait(false) is not { } read)
            {
                return ExitCodes.Failed;
            }
            var libraryOptions = LibrarySettings.From(configuration, parse.GetValue(pruneDocuments), parse.GetValue(prunePermissions))
                with { OverwriteEdited = parse.GetValue(overwriteEdited) };
            await PlanReport.WriteLabelWarningsAsync(io.Error, libraryOptions).ConfigureAwait(false);
            var publisher = LibraryPublishers.Create(parse.GetValue(templates)?.FullName, libraryOptions);
            using var target = new SharePointLibraryTarget(options);
            var onlyPlan = parse.GetValue(plan);
            var result = await ProgressDisplay.RunAsync(io, onlyPlan ? "Planning" : "Publishing", progress => onlyPlan
                ? publisher.PlanAsync(read.Registers, parse.GetValue(asOf), target, progress, cancellationToken)
                : publisher.PublishAsync(read.Registers, parse.GetValue(asOf), target, progress, cancellationToken)).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                var view = new { site = options.SiteUrl, library = options.LibraryName, applied = result.Applied, plan = result.Plan };
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(view, ServiceJson.Indented)).ConfigureAwait(false);
            }
            else
            {
                await PlanReport.WriteAsync(io.Out, result, $"{options.SiteUrl} ({options.LibraryName})").ConfigureAwait(false);
            }
            // With --json the plan is the output: the note about the written files goes to stderr.
            await CliOptions.WriteRecordsPlanAsync(parse.GetValue(recordsPlan), result, parse.GetValue(json) ? io.Error : io.Out).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
