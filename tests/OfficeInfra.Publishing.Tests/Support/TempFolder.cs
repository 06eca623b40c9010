namespace OfficeInfra.Publishing.Tests.Support;

/// <summary>A fresh folder for one test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("officeinfra-test-").FullName;

    public string this[string relative] => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Every file below the folder with its bytes, keyed by '/'-separated relative path.</summary>
    public SortedDictionary<string, string> Contents(string? root = null)
    {
        var top = root ?? Path;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(top)) return files;
        foreach (var file in Directory.EnumerateFiles(top, "*", SearchOption.AllDirectories))
            files[System.IO.Path.GetRelativePath(top, file).Replace('\\', '/')] = Convert.ToHexString(File.ReadAllBytes(file));
        foreach (var dir in Directory.EnumerateDirectories(top, "*", SearchOption.AllDirectories))
            files[System.IO.Path.GetRelativePath(top, dir).Replace('\\', '/') + "/"] = "";
        return files;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
