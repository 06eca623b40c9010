namespace OfficeInfra.Service.Cli;

/// <summary>
/// Checks, before any work, that a folder the CLI will write into can be one: not a file, and writable by this user.
/// Nothing is created, so a run that stops on the registers' errors still leaves no folder behind.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Throws <see cref="OfficeInfraException"/> (UnreadableInput, exit 2) in one sentence when <paramref name="path"/> cannot be written.</summary>
    public static void Check(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput, $"'{full}' is a file; give --out a folder (it is created when missing).");
        }
        var existing = full;
        while (!Directory.Exists(existing))
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null)
            {
                break;
            }
            if (File.Exists(parent))
            {
                throw new OfficeInfraException(ErrorKind.UnreadableInput, $"Cannot create the folder '{full}': '{parent}' is a file.");
            }
            existing = parent;
        }
        Probe(full, existing);
    }

    // Asking the file system is the only honest answer (permissions, ACLs, read-only mounts, root squash).
    private static void Probe(string full, string existing)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(existing, $".officeinfra-write-check-{Guid.NewGuid():N}"),
                FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OfficeInfraException(ErrorKind.UnreadableInput,
                $"Cannot write into '{(existing == full ? full : existing)}', so '{full}' cannot be created or updated; choose a folder you may write to.", e);
        }
    }
}
