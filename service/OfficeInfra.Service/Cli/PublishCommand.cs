using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.SharePoint;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Cli;

/// <summary>
/// <c>publish &lt;workbook.xlsx&gt; --site &lt;url&gt; [--plan] [--json] [--prune-documents] [--prune-permissions] [--overwrite-edited]</c>:
/// makes a SharePoint library match the registers, or with <c>--plan</c> only says what it would change.
/// </summary>
internal static class PublishCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var verb = new Verb();
        var command = new Command("publish", "Make a SharePoint document library match the registers (secrets come from settings or OFFICEINFRA_SharePoint__* variables).");
        command.Arguments.Add(verb.Workbook);
        foreach (var option in verb.Options)
        {
            command.Options.Add(option);
        }
        CliAction.Set(command, (parse, io, cancellationToken) => RunAsync(verb, parse, io, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Verb verb, ParseResult parse, CliIo io, CancellationToken cancellationToken)
    {
        var configuration = ServiceConfiguration.Load();
        var options = TargetOf(verb, parse, configuration);
        if (parse.GetValue(verb.RecordsPlan) is { } planFolder)
        {
            Publishing.Records.RecordsPlanFiles.CheckWritable(planFolder.FullName);
        }
        if (await CheckedWorkbook.ReadAsync(parse.GetValue(verb.Workbook)!, io, "Nothing was published").ConfigureAwait(false) is not { } read)
        {
            return ExitCodes.Failed;
        }
        var libraryOptions = LibrarySettings.From(configuration, parse.GetValue(verb.PruneDocuments), parse.GetValue(verb.PrunePermissions))
            with { OverwriteEdited = parse.GetValue(verb.OverwriteEdited) };
        await PlanReport.WriteLabelWarningsAsync(io.Error, libraryOptions).ConfigureAwait(false);
        var publisher = StandardPublisher.Create(parse.GetValue(verb.Templates)?.FullName, libraryOptions);
        using var target = SharePointLibraryTarget.Connect(options);
        var onlyPlan = parse.GetValue(verb.Plan);
        var asOf = parse.GetValue(verb.AsOf);
        var result = await ProgressDisplay.RunAsync(io, onlyPlan ? "Planning" : "Publishing", progress => onlyPlan
            ? publisher.PlanAsync(read.Registers, asOf, target, progress, cancellationToken)
            : publisher.PublishAsync(read.Registers, asOf, target, progress, cancellationToken)).ConfigureAwait(false);
        await WriteResultAsync(io, result, options, parse.GetValue(verb.Json)).ConfigureAwait(false);
        // With --json the plan is the output: the note about the written files goes to stderr.
        await CliOptions.WriteRecordsPlanAsync(parse.GetValue(verb.RecordsPlan), result, parse.GetValue(verb.Json) ? io.Error : io.Out).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    // The settings' SharePoint section, each value the command line gives taking its place.
    private static SharePointOptions TargetOf(Verb verb, ParseResult parse, IConfiguration configuration)
    {
        var options = configuration.GetSection("SharePoint").Get<SharePointOptions>() ?? new SharePointOptions();
        options = options with
        {
            SiteUrl = parse.GetValue(verb.Site) ?? options.SiteUrl,
            LibraryName = parse.GetValue(verb.Library) ?? options.LibraryName,
            TenantId = parse.GetValue(verb.Tenant) ?? options.TenantId,
            ClientId = parse.GetValue(verb.Client) ?? options.ClientId,
            CertificatePath = parse.GetValue(verb.Certificate) ?? options.CertificatePath,
            GraphBaseUrl = parse.GetValue(verb.Graph) ?? options.GraphBaseUrl,
        };
        return string.IsNullOrWhiteSpace(options.SiteUrl)
            ? throw new OfficeInfraException(ErrorKind.Configuration, "Say which SharePoint site to publish to with --site (or SharePoint:SiteUrl in settings).")
            : options;
    }

    private static async Task WriteResultAsync(CliIo io, LibraryRunResult result, SharePointOptions options, bool json)
    {
        if (json)
        {
            var view = new { site = options.SiteUrl, library = options.LibraryName, applied = result.Applied, plan = result.Plan };
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(view, ServiceJson.Indented)).ConfigureAwait(false);
        }
        else
        {
            await PlanReport.WriteAsync(io.Out, result, $"{options.SiteUrl} ({options.LibraryName})").ConfigureAwait(false);
        }
    }

    /// <summary>The verb's argument and its options, in the order help lists them.</summary>
    private sealed class Verb
    {
        public Argument<FileInfo> Workbook { get; } = new("workbook") { Description = "The register workbook (.xlsx)." };
        public Option<string?> Site { get; } = new("--site") { Description = "SharePoint site URL (or SharePoint:SiteUrl in settings)." };
        public Option<string?> Library { get; } = new("--library") { Description = "Document library name (default: Documents)." };
        public Option<bool> Plan { get; } = new("--plan") { Description = "Only print what would change; change nothing." };
        public Option<bool> Json { get; } = new("--json") { Description = "Print the plan as JSON." };
        public Option<bool> PruneDocuments { get; } = new("--prune-documents") { Description = "Delete documents whose role or process has left the registers." };
        public Option<bool> PrunePermissions { get; } = new("--prune-permissions") { Description = "Remove permissions on department folders that their access level does not give." };
        public Option<string?> Tenant { get; } = new("--tenant-id") { Description = "Entra ID tenant id." };
        public Option<string?> Client { get; } = new("--client-id") { Description = "App registration (client) id." };
        public Option<string?> Certificate { get; } = new("--certificate") { Description = "Certificate file (PFX/PEM) of the app registration." };
        public Option<string?> Graph { get; } = new("--graph-url") { Description = "Graph base URL (national clouds; default https://graph.microsoft.com/v1.0)." };
        public Option<DirectoryInfo?> Templates { get; } = CliOptions.Templates();
        public Option<DateOnly> AsOf { get; } = CliOptions.AsOf();
        public Option<bool> OverwriteEdited { get; } = CliOptions.OverwriteEdited();
        public Option<DirectoryInfo?> RecordsPlan { get; } = CliOptions.RecordsPlan();

        public IEnumerable<Option> Options =>
            [Site, Library, Plan, Json, PruneDocuments, PrunePermissions, Tenant, Client, Certificate, Graph, Templates, AsOf, OverwriteEdited, RecordsPlan];
    }
}
