using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>
/// What a person finds in a library folder: every folder, and every file with its SHA-256, keyed by '/'-separated
/// path; the product's own work folder (<c>.officeinfra</c>) is left out. With <c>ignoreManifestTime</c>,
/// <c>manifest.json</c> is hashed without its generation timestamp, the one thing SPEC §3 lets differ between runs.
/// </summary>
public sealed class LibraryState
{
    public const string WorkFolder = ".officeinfra";

    private LibraryState(SortedDictionary<string, string> entries) => Entries = entries;

    public SortedDictionary<string, string> Entries { get; }

    public static LibraryState Read(string root, bool ignoreManifestTime)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (path == WorkFolder || path.StartsWith(WorkFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }
            entries[entry is DirectoryInfo ? path + "/" : path] = entry is DirectoryInfo ? ""
                : path == "manifest.json" && ignoreManifestTime ? ManifestWithoutTime(entry.FullName)
                : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
        return new LibraryState(entries);
    }

    public bool SameAs(LibraryState other) => Entries.Count == other.Entries.Count && Entries.SequenceEqual(other.Entries);

    /// <summary>Up to <paramref name="max"/> lines saying how this state differs from <paramref name="expected"/>.</summary>
    public string DifferencesFrom(LibraryState expected, int max = 12) => string.Join("; ",
        expected.Entries.Where(e => !Entries.ContainsKey(e.Key)).Select(e => $"missing {e.Key}")
            .Concat(Entries.Where(e => !expected.Entries.ContainsKey(e.Key)).Select(e => $"extra {e.Key}"))
            .Concat(Entries.Where(e => expected.Entries.TryGetValue(e.Key, out var hash) && hash != e.Value).Select(e => $"different {e.Key}"))
            .Take(max));

    /// <summary>The SHA-256 of each file whose path <paramref name="select"/> picks.</summary>
    public IReadOnlyDictionary<string, string> Files(Func<string, bool> select) =>
        Entries.Where(e => !e.Key.EndsWith('/') && select(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static string ManifestWithoutTime(string file)
    {
        var manifest = JsonNode.Parse(File.ReadAllBytes(file))!.AsObject();
        manifest.Remove("generatedAt");
        return "manifest:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString())));
    }
}
