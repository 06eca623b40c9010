namespace OfficeInfra.Testing;

/// <summary>A fresh folder of its own under the temp directory for one test, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("officeinfra-test-").FullName;

    /// <summary>The full path of <paramref name="relative"/> ('/'-separated) inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>The full path of <paramref name="name"/> inside the folder.</summary>
    public string File(string name) => this[name];

    /// <summary>Every file below <paramref name="root"/> (default: the folder) as hex of its bytes, and every folder as "",
    /// keyed by '/'-separated relative path (folders end in '/').</summary>
    public SortedDictionary<string, string> Contents(string? root = null)
    {
        var top = root ?? Path;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(top))
        {
            return files;
        }
        foreach (var file in Directory.EnumerateFiles(top, "*", SearchOption.AllDirectories))
        {
            files[System.IO.Path.GetRelativePath(top, file).Replace('\\', '/')] = Convert.ToHexString(System.IO.File.ReadAllBytes(file));
        }
        foreach (var dir in Directory.EnumerateDirectories(top, "*", SearchOption.AllDirectories))
        {
            files[System.IO.Path.GetRelativePath(top, dir).Replace('\\', '/') + "/"] = "";
        }
        return files;
    }

    /// <summary>Deletes the folder; a file a finishing host still holds open is left to the OS's temp cleaner.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
