using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Service.Http.Jobs;

namespace OfficeInfra.Service.Http.LibraryRuns;

/// <summary>
/// The records plan a generate or publish job writes when its request asks (<c>recordsPlan</c>): <c>Records Plan.xlsx</c>
/// and the Purview file plan CSV, kept with the job's files and downloaded like its documents, and the plan's tables in
/// the job's result, for the add-in to show.
/// </summary>
internal static class JobRecordsPlan
{
    /// <summary>Writes both files into the job's folder when <paramref name="wanted"/>, and names them in <paramref name="answer"/>.</summary>
    public static JobResult AddTo(JobResult answer, Job job, LibraryRunResult result, bool wanted)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(job);
        if (!wanted)
        {
            return answer;
        }
        RecordsPlanFiles.Write(JobFiles.LibraryOf(job), result);
        return answer with
        {
            RecordsPlanUrl = JobFiles.UrlOf(job.Id, RecordsPlanWorkbook.FileName),
            FilePlanUrl = JobFiles.UrlOf(job.Id, FilePlanCsv.FileName),
            RecordsPlan = RecordsPlanTables.Of(result),
        };
    }

    /// <summary>Whether <paramref name="path"/> is a records plan file that <paramref name="result"/> lists.</summary>
    public static bool Lists(JobResult? result, string path) => FilesOf(result).Contains(path, StringComparer.Ordinal);

    /// <summary>The records plan files <paramref name="result"/> lists (none when the request did not ask for the plan).</summary>
    public static IReadOnlyList<string> FilesOf(JobResult? result) =>
    [
        .. result?.RecordsPlanUrl is null ? [] : new[] { RecordsPlanWorkbook.FileName },
        .. result?.FilePlanUrl is null ? [] : new[] { FilePlanCsv.FileName },
    ];
}
