namespace OfficeInfra.Publishing.Local;

/// <summary>
/// Files and folders on disk that only their owner (the user the product runs as) can read: 0700 folders, 0600 files.
/// Used where a file names more than its readers may see: the library's records (<c>manifest.json</c> lists every
/// department's documents and their facts, Restricted ones included), the records plan, the library's work folder, and the service's
/// job folders (generated documents carry restricted content, and a temp or data folder is often shared with other
/// users of the machine). POSIX modes only: on Windows the folder's inherited ACLs apply.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OthersBits = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// Creates <paramref name="path"/> (and its parents) as private, or makes an existing one private. Throws
    /// <see cref="UnauthorizedAccessException"/> when the folder belongs to another user (only its owner may change its mode).
    /// </summary>
    public static string CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path).FullName;
        }
        var folder = Directory.CreateDirectory(path, OwnerFolder);
        if (folder.UnixFileMode != OwnerFolder)
        {
            folder.UnixFileMode = OwnerFolder;
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
            var mode = entry is DirectoryInfo ? OwnerFolder : OwnerFile;
            if (entry.LinkTarget is null && entry.UnixFileMode != mode)
            {
                entry.UnixFileMode = mode;
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to a file only its owner can read. A new file is created with that mode, and an
    /// existing one is made private before the new content goes in, so the content is never readable by others.
    /// </summary>
    public static void WriteFile(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = Create(path);
        stream.Write(bytes);
    }

    /// <summary>Creates (or empties) a file only its owner can read, made private before anything is written into it.</summary>
    public static FileStream Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Create(path);
        }
        Restrict(path);
        return new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.ReadWrite, UnixCreateMode = OwnerFile });
    }

    /// <summary>Makes an existing file readable by its owner only; nothing when there is no such file.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && IsOpen(path))
        {
            File.SetUnixFileMode(path, OwnerFile);
        }
    }

    /// <summary>True when the file exists and its mode lets users other than its owner at it (never on Windows).</summary>
    public static bool IsOpen(string path) =>
        !OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & OthersBits) != 0;
}
