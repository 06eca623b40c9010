using System.Globalization;
using System.Text.Json.Serialization;
using OfficeInfra.Documents;
using OfficeInfra.Documents.Control;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// One document line of the library's records (<c>manifest.json</c>, SPEC §3 and §3a): where it is and the hash of
/// what was written, and its control: ID, version, dates, owner, approver, model hash, history in words and the
/// model's facts, from which the next run says what changed. Lines written before documents were controlled have no
/// control fields; the next run makes each such document version 1.
/// </summary>
/// <param name="Model">The document's model as named facts, packed (<see cref="PackedFacts"/>).</param>
/// <param name="CTag">SharePoint: the file's content tag right after the product wrote it. Another cTag now means
/// someone replaced the file since, so it is read and hashed to tell whether it was edited.</param>
/// <param name="Pending">SharePoint: written before an upload starts; a run that died before finishing leaves it,
/// and the next run uploads the document again rather than trusting the hash.</param>
/// <param name="Fields">The library columns' values written on the document (the local library's only copy of them).</param>
/// <param name="RetentionLabel">The retention label applied to it.</param>
public sealed record RecordedDocument(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("department")] string? Department,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("id")] string? Id = null,
    [property: JsonPropertyName("version")] int? Version = null,
    [property: JsonPropertyName("effectiveDate")] string? EffectiveDate = null,
    [property: JsonPropertyName("reviewDate")] string? ReviewDate = null,
    [property: JsonPropertyName("owner")] string? Owner = null,
    [property: JsonPropertyName("approver")] string? Approver = null,
    [property: JsonPropertyName("modelHash")] string? ModelHash = null,
    [property: JsonPropertyName("history")] IReadOnlyList<RecordedRevision>? History = null,
    [property: JsonPropertyName("model"), JsonConverter(typeof(FactsJsonConverter))] IReadOnlyDictionary<string, string>? Model = null,
    [property: JsonPropertyName("cTag"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? CTag = null,
    [property: JsonPropertyName("pending"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Pending = false,
    [property: JsonPropertyName("fields"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Fields = null,
    [property: JsonPropertyName("retentionLabel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RetentionLabel = null)
{
    /// <summary>Its columns and label as <see cref="DocumentSpec.Metadata"/> compares them; null when none were written.</summary>
    [JsonIgnore]
    public string? Metadata => LibraryColumns.Key(Fields, RetentionLabel);

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The line for a document about to be written.</summary>
    public static RecordedDocument Of(DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var control = spec.Record?.Control;
        return new RecordedDocument(KindName(spec.Kind), spec.Department, spec.Subject, spec.Path, spec.Sha256,
            control?.Id, control?.Version, Date(control?.Effective), Date(control?.Review), control?.Owner, control?.Approver,
            spec.Record?.ModelHash, control?.History.Select(h => new RecordedRevision(h.Version, Date(h.Date)!, h.Change)).ToList(),
            spec.Record?.Facts, Fields: spec.Fields, RetentionLabel: spec.RetentionLabel);
    }

    /// <summary>What the next run's control book needs of this line; null when the line is not a document we know.</summary>
    public ControlRecord? ToControlRecord()
    {
        if (ParseKind(Kind) is not { } kind || Subject is null)
        {
            return null;
        }
        DocumentControl? control = null;
        if (Id is not null && Version is { } version && ParseDate(EffectiveDate) is { } effective)
        {
            control = new DocumentControl(Id, version, effective, ParseDate(ReviewDate) ?? effective.AddYears(1), Owner ?? string.Empty,
                Approver ?? string.Empty, [.. (History ?? []).Select(h => new RevisionEntry(h.Version, ParseDate(h.Date) ?? effective, h.Change))]);
        }
        return new ControlRecord(kind, Department, Subject, ModelHash, Sha256, control, Model);
    }

    /// <summary>The kind as SPEC §3 spells it.</summary>
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.JobDescription => "job-description",
        DocumentKind.Sop => "sop",
        DocumentKind.ServiceBlueprint => "service-blueprint",
        DocumentKind.BusinessSystems => "business-systems",
        DocumentKind.DelegationReport => "delegation-report",
        _ => "org-chart",
    };

    private static DocumentKind? ParseKind(string? kind) => kind switch
    {
        "job-description" => DocumentKind.JobDescription,
        "sop" => DocumentKind.Sop,
        "org-chart" => DocumentKind.OrgChart,
        "service-blueprint" => DocumentKind.ServiceBlueprint,
        "business-systems" => DocumentKind.BusinessSystems,
        "delegation-report" => DocumentKind.DelegationReport,
        _ => null,
    };

    private static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>One row of a document's revision history in the records.</summary>
public sealed record RecordedRevision(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("change")] string Change);
