using System.Text.Json;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Where to publish: overrides of the configured SharePoint site and library.</summary>
public sealed record PublishTarget(string? SiteUrl, string? LibraryName);

/// <summary>
/// The body of <c>POST /api/generate</c> and <c>/api/publish</c>:
/// <c>{ registers, asOf?, dryRun?, target?, pruneDocuments?, prunePermissions?, overwriteEdited?, records?, recordsPlan? }</c>.
/// </summary>
/// <param name="Records">The previous run's records (its <c>manifest.json</c>, as UTF-8 JSON), given to a generate job so
/// that its documents follow on from them; null when not given.</param>
/// <param name="RecordsPlan">Whether the job also writes <c>Records Plan.xlsx</c> and the Purview file plan CSV among its files.</param>
public sealed record RunRequest(RegisterSet Registers, DateOnly AsOf, bool DryRun, PublishTarget? Target, bool PruneDocuments, bool PrunePermissions,
    bool OverwriteEdited = false, byte[]? Records = null, bool RecordsPlan = false)
{
    /// <summary>The <c>planHash</c> of the dry run the caller confirmed (<c>confirmPlan</c>); a prune needs it.</summary>
    public string? ConfirmPlan { get; init; }

    /// <summary>Parses the body. Throws <see cref="OfficeInfraException"/> (UnreadableInput) on anything malformed.</summary>
    public static RunRequest Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput,
                $"The request is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Property(root, "registers") is not { ValueKind: JsonValueKind.Object } registers)
            {
                throw new OfficeInfraException(ErrorKind.UnreadableInput, "The request needs a 'registers' object holding departments, roles, tasks and processes.");
            }
            var asOf = AsOfDate.Today();
            if (Property(root, "asOf") is { ValueKind: not JsonValueKind.Null } given)
            {
                asOf = AsOfDate.Parse(given.ValueKind == JsonValueKind.String ? given.GetString() : null)
                    ?? throw new OfficeInfraException(ErrorKind.UnreadableInput, "'asOf' must be a date written YYYY-MM-DD, such as 2026-12-01.");
            }
            PublishTarget? target = Property(root, "target") is { ValueKind: JsonValueKind.Object } t
                ? new PublishTarget(Text(t, "siteUrl"), Text(t, "libraryName"))
                : null;
            byte[]? records = null;
            if (Property(root, "records") is { ValueKind: not JsonValueKind.Null } given2)
            {
                records = given2.ValueKind == JsonValueKind.Object
                    ? System.Text.Encoding.UTF8.GetBytes(given2.GetRawText())
                    : throw new OfficeInfraException(ErrorKind.UnreadableInput, "'records' must be the object a previous generate job returned (its manifest.json).");
            }
            return new RunRequest(JsonRegisterReader.Read(registers.GetRawText()), asOf, Flag(root, "dryRun"), target,
                Flag(root, "pruneDocuments"), Flag(root, "prunePermissions"), Flag(root, "overwriteEdited"), records,
                Flag(root, "recordsPlan")) { ConfirmPlan = Text(root, "confirmPlan") };
        }
    }

    private static JsonElement? Property(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    private static bool Flag(JsonElement item, string name) => Property(item, name) is { ValueKind: JsonValueKind.True };

    private static string? Text(JsonElement item, string name) =>
        Property(item, name) is { ValueKind: JsonValueKind.String } v && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;
}
