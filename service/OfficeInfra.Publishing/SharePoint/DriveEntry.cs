namespace OfficeInfra.Publishing.SharePoint;

/// <summary>A file or folder of the library as Graph lists it.</summary>
/// <param name="Path">Relative to the library root, '/'-separated.</param>
internal sealed record DriveEntry(string Path, string Id, bool IsFolder, string? CTag, long Size, ListItemRef? ListItem);
