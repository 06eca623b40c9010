namespace OfficeInfra.Publishing.SharePoint;

/// <summary>A file or folder of the library as Graph lists it.</summary>
/// <param name="Path">Relative to the library root, '/'-separated.</param>
/// <param name="ETag">Changes with content or metadata: the condition (<c>If-Match</c>) for replacing the file only if unchanged.</param>
internal sealed record DriveEntry(string Path, string Id, bool IsFolder, string? CTag, long Size, ListItemRef? ListItem, string? ETag = null);
