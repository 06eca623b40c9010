using OfficeInfra.Documents;
using OfficeInfra.Publishing.Planning;

namespace OfficeInfra.Service.Http.Jobs;

/// <summary>A generated document a caller can download, or a published one a caller can open.</summary>
/// <param name="Url">Where to download it: <c>/api/jobs/{id}/files/{path}</c> (generate); its web address (publish).</param>
/// <param name="WebUrl">Its web address in the SharePoint library (publish); null for a generated one.</param>
internal sealed record JobDocument(DocumentKind Kind, string? Department, string Subject, string Path, string Sha256, string Url, string? WebUrl = null);

/// <summary>What a finished job produced: the documents (generate), the plan, and whether it was applied.</summary>
/// <param name="ZipUrl">Where every document downloads as one zip (generate only): <c>/api/jobs/{id}/files.zip</c>; the
/// records plan files are in it too when the request asked for the plan.</param>
/// <param name="RecordsUrl">Where the library's new records download (generate only): the <c>manifest.json</c> to send
/// as <c>records</c> with the next generate, so documents keep their IDs, versions and dates (SPEC §3a).</param>
/// <param name="LibraryUrl">The SharePoint library's web address (publish); null for generate.</param>
/// <param name="RecordsPlanUrl">Where <c>Records Plan.xlsx</c> downloads, when the request asked for the records plan.</param>
/// <param name="FilePlanUrl">Where the Purview file plan import CSV downloads, when the request asked for the records plan.</param>
/// <param name="RecordsPlan">The records plan's tables (folders, documents, retention labels: what <c>Records Plan.xlsx</c>
/// holds), when the request asked for the records plan; the add-in shows them before it asks to publish.</param>
internal sealed record JobResult(bool Applied, IReadOnlyList<JobDocument>? Documents, LibraryPlan Plan, string? ZipUrl = null,
    string? RecordsUrl = null, string? LibraryUrl = null, string? RecordsPlanUrl = null, string? FilePlanUrl = null,
    IReadOnlyList<Publishing.Records.PlanTable>? RecordsPlan = null)
{
    /// <summary>The plan's fingerprint: what a publish that prunes sends back as <c>confirmPlan</c>.</summary>
    public string PlanHash => Security.PlanHash.Of(Plan);
}

/// <summary>Why a job failed, in words for the user (never a stack trace).</summary>
internal sealed record JobError(string Title, string Detail);

/// <summary>Progress of a job: <paramref name="Done"/> of <paramref name="Total"/> steps.</summary>
internal sealed record JobProgress(int Done, int Total);

/// <summary>A job as callers see it (GET /api/jobs/{id} and the final server-sent event).</summary>
internal sealed record JobView(string Id, JobKind Kind, JobStatus Status, JobProgress Progress, DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt, string CorrelationId, JobError? Error, JobResult? Result)
{
    /// <summary>True once the job has succeeded, failed or been cancelled.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFinished => Status.IsFinished();
}
