namespace OfficeInfra.Service.Http.Jobs;

/// <summary>Where a generate job's library lives, and the URLs its documents download from.</summary>
internal static class JobFiles
{
    /// <summary>The library folder inside the job's folder.</summary>
    public static string LibraryOf(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Path.Combine(job.Folder, "library");
    }

    /// <summary><c>/api/jobs/{id}/files/{path}</c> with each path segment escaped.</summary>
    public static string UrlOf(string jobId, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return $"/api/jobs/{jobId}/files/{string.Join('/', path.Split('/').Select(Uri.EscapeDataString))}";
    }

    /// <summary>The content type of a generated document.</summary>
    public static string ContentTypeOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".PPTX" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".JSON" => "application/json",
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".CSV" => "text/csv",
        _ => "application/octet-stream",
    };
}
