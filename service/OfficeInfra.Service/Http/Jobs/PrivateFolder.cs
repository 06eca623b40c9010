namespace OfficeInfra.Service.Http.Jobs;

/// <summary>
/// Job folders readable by the service's own user only (0700 folders, 0600 files): generated documents carry
/// restricted content, and a temp or data folder is often shared with other users of the machine.
/// </summary>
internal static class PrivateFolder
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates <paramref name="path"/> (and its parents) as private, or makes an existing one private. Throws
    /// <see cref="UnauthorizedAccessException"/> when the folder belongs to another user (only its owner may change its mode).
    /// </summary>
    public static string Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path).FullName;
        }
        var folder = Directory.CreateDirectory(path, FolderMode);
        if (folder.UnixFileMode != FolderMode)
        {
            folder.UnixFileMode = FolderMode;
        }
        return folder.FullName;
    }

    /// <summary>Makes everything below <paramref name="path"/> private, whatever mode the writers gave it.</summary>
    public static void Seal(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
        {
            return;
        }
        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var mode = entry is DirectoryInfo ? FolderMode : FileMode;
            if (entry.LinkTarget is null && entry.UnixFileMode != mode)
            {
                entry.UnixFileMode = mode;
            }
        }
    }
}
