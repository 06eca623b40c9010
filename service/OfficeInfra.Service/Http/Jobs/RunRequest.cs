using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Service.Shared;
using GenerateBody = OfficeInfra.Service.Http.GenerateApi.GenerateBody;
using PublishBody = OfficeInfra.Service.Http.PublishApi.PublishBody;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Where to publish: overrides of the configured SharePoint site and library.</summary>
internal sealed record PublishTarget(string? SiteUrl, string? LibraryName);

/// <summary>
/// A generate or publish request as a job runs it, bound from the body the API documents
/// (<see cref="GenerateBody"/>, <see cref="PublishBody"/>): the registers read, the date parsed, blank texts as null.
/// </summary>
/// <param name="Records">The previous run's records (its <c>manifest.json</c>, as UTF-8 JSON), given to a generate job so
/// that its documents follow on from them; null when not given.</param>
/// <param name="RecordsPlan">Whether the job also writes <c>Records Plan.xlsx</c> and the Purview file plan CSV among its files.</param>
internal sealed record RunRequest(RegisterSet Registers, DateOnly AsOf, bool DryRun, PublishTarget? Target, bool PruneDocuments, bool PrunePermissions,
    bool OverwriteEdited = false, byte[]? Records = null, bool RecordsPlan = false)
{
    // Property names in any case, as the body was always read; a flag sent as null is not set.
    private static readonly JsonSerializerOptions Binding = new(JsonSerializerDefaults.Web) { MaxDepth = 16, Converters = { new NullIsFalse() } };

    /// <summary>The <c>planHash</c> of the dry run the caller confirmed (<c>confirmPlan</c>); a prune needs it.</summary>
    public string? ConfirmPlan { get; init; }

    /// <summary>Binds the body of a <paramref name="kind"/> request. Throws <see cref="OfficeInfraException"/> (UnreadableInput) on anything malformed.</summary>
    public static RunRequest Parse(JobKind kind, string json)
    {
        using var document = Document(json);
        return kind switch
        {
            JobKind.Generate => From(Bind<GenerateBody>(document)),
            JobKind.Publish => From(Bind<PublishBody>(document)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such job kind."),
        };
    }

    private static RunRequest From(GenerateBody body) =>
        new(RegistersOf(body.Registers), DateOf(body.AsOf), DryRun: false, Target: null, PruneDocuments: false, PrunePermissions: false,
            Records: RecordsOf(body.Records), RecordsPlan: body.RecordsPlan);

    private static RunRequest From(PublishBody body) =>
        new(RegistersOf(body.Registers), DateOf(body.AsOf), body.DryRun,
            body.Target is { } t ? new PublishTarget(Text(t.SiteUrl), Text(t.LibraryName)) : null,
            body.PruneDocuments, body.PrunePermissions, body.OverwriteEdited, RecordsPlan: body.RecordsPlan)
        { ConfirmPlan = Text(body.ConfirmPlan) };

    private static JsonDocument Document(string json)
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
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw NoRegisters();
        }
        return document;
    }

    private static T Bind<T>(JsonDocument document)
    {
        try
        {
            return document.Deserialize<T>(Binding)!;
        }
        catch (JsonException e)
        {
            var name = e.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "a value";
            throw new OfficeInfraException(ErrorKind.UnreadableInput, name.Equals("asOf", StringComparison.OrdinalIgnoreCase)
                ? AsOfMessage
                : $"The request's '{name}' is not of the type the API documents (see /openapi/v1.json).", e);
        }
    }

    private static RegisterSet RegistersOf(object? registers) => registers is JsonElement { ValueKind: JsonValueKind.Object } given
        ? JsonRegisterReader.Read(given.GetRawText())
        : throw NoRegisters();

    private static DateOnly DateOf(string? asOf) => asOf is null
        ? Shared.AsOfDate.Today()
        : Shared.AsOfDate.Parse(asOf) ?? throw new OfficeInfraException(ErrorKind.UnreadableInput, AsOfMessage);

    private static byte[]? RecordsOf(object? records) => records switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Object } given => System.Text.Encoding.UTF8.GetBytes(given.GetRawText()),
        _ => throw new OfficeInfraException(ErrorKind.UnreadableInput, "'records' must be the object a previous generate job returned (its manifest.json)."),
    };

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private const string AsOfMessage = "'asOf' must be a date written YYYY-MM-DD, such as 2026-12-01.";

    private static OfficeInfraException NoRegisters() =>
        new(ErrorKind.UnreadableInput, "The request needs a 'registers' object holding departments, roles, tasks and processes.");

    /// <summary>A flag sent as <c>null</c> is a flag not set, as the body was always read.</summary>
    private sealed class NullIsFalse : JsonConverter<bool>
    {
        public override bool HandleNull => true;

        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType != JsonTokenType.Null && reader.GetBoolean();

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
