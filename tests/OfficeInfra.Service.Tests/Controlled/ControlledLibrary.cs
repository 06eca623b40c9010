using System.Text.Json.Nodes;
using OfficeInfra.Publishing;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Service.Shared;

namespace OfficeInfra.Service.Tests.Controlled;

/// <summary>A local library generated with the real Word and chart generators, run after run, as <c>generate</c> does.</summary>
internal sealed class ControlledLibrary(string root)
{
    public string Root { get; } = root;

    public async Task<LibraryRunResult> GenerateAsync(RegisterSet registers, string asOf, bool overwriteEdited = false) =>
        await StandardPublisher.Create(null, new LibraryOptions { OverwriteEdited = overwriteEdited })
            .PublishAsync(RegisterRules.Checked(registers), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), new LocalLibraryTarget(Root));

    /// <summary>Every document file of the library and its bytes, by library path.</summary>
    public Dictionary<string, byte[]> Files() => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
        .Where(p => p.EndsWith(".docx", StringComparison.Ordinal) || p.EndsWith(".pptx", StringComparison.Ordinal) || p.EndsWith(".xlsx", StringComparison.Ordinal))
        .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(Root, p)), StringComparer.Ordinal);

    /// <summary>The manifest's document lines, by path.</summary>
    public Dictionary<string, JsonObject> Records() => ((JsonArray)Manifest()["documents"]!)
        .Select(d => (JsonObject)d!).ToDictionary(d => (string)d["path"]!, StringComparer.Ordinal);

    public JsonObject Manifest() => (JsonObject)JsonNode.Parse(File.ReadAllBytes(Path.Combine(Root, LibraryLayout.ManifestName)))!;

    public static IEnumerable<string> Changed(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).Order(StringComparer.Ordinal);
}
