using System.Text.Json.Nodes;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Controlled;

/// <summary>A document someone edited after the product wrote it is reported and kept until they ask to overwrite it.</summary>
public sealed class HandEditTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_JobDescriptionEditedByHand_ReportsEditedKeepsItByteForByte()
    {
        var registers = SyntheticOrganisation.Create(roles: 12, tasks: 30, processes: 4);
        var library = new ControlledLibrary(_folder.File("lib"));
        await library.GenerateAsync(registers, "2025-01-31");
        var path = library.Records().Keys.First(p => p.Contains("/Job Descriptions/", StringComparison.Ordinal));
        var full = Path.Combine(library.Root, path);
        var edited = EditedInWord(File.ReadAllBytes(full));
        await File.WriteAllBytesAsync(full, edited);
        var recorded = library.Records()[path].DeepClone();

        var changed = registers with { Roles = [.. registers.Roles.Select(r => r with { Summary = "Rewritten purpose" })] };
        var run = await library.GenerateAsync(changed, "2025-03-01");

        run.Plan.Documents.Single(d => d.Path == path).Change.Should().Be(DocumentChange.Edited);
        File.ReadAllBytes(full).Should().Equal(edited);
        JsonNode.DeepEquals(library.Records()[path], recorded).Should().BeTrue("an edited document keeps its record until it is overwritten");

        var again = await library.GenerateAsync(changed, "2025-03-02");
        again.Plan.Documents.Single(d => d.Path == path).Change.Should().Be(DocumentChange.Edited);
    }

    [Fact]
    public async Task Generate_OverwriteEdited_ReplacesTheEditedDocumentAndShowsItInThePlan()
    {
        var registers = SyntheticOrganisation.Create(roles: 12, tasks: 30, processes: 4);
        var library = new ControlledLibrary(_folder.File("lib"));
        await library.GenerateAsync(registers, "2025-01-31");
        var original = library.Files();
        var path = library.Records().Keys.First(p => p.Contains("/Job Descriptions/", StringComparison.Ordinal));
        await File.WriteAllBytesAsync(Path.Combine(library.Root, path), EditedInWord(original[path]));

        var run = await library.GenerateAsync(registers, "2025-03-01", overwriteEdited: true);

        run.Plan.Documents.Single(d => d.Path == path).Change.Should().Be(DocumentChange.Overwrite);
        library.Files()[path].Should().Equal(original[path], "the registers did not change, so the product's document is the one it wrote before");
        (await library.GenerateAsync(registers, "2025-03-02")).Plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task Generate_LibraryFromBeforeControl_UpgradesEachDocumentToVersionOne()
    {
        var registers = SyntheticOrganisation.Create(roles: 12, tasks: 30, processes: 4);
        var library = new ControlledLibrary(_folder.File("lib"));
        await library.GenerateAsync(registers, "2025-01-31");
        var manifest = library.Manifest();
        var control = new[] { "id", "version", "effectiveDate", "reviewDate", "owner", "approver", "modelHash", "history", "model" };
        foreach (var document in ((JsonArray)manifest["documents"]!).Select(d => (JsonObject)d!))
        {
            foreach (var name in control)
            {
                document.Remove(name);
            }
        }
        manifest.Remove("lastIssued");
        await File.WriteAllTextAsync(Path.Combine(library.Root, LibraryLayout.ManifestName), manifest.ToJsonString());
        var paths = library.Records().Keys.Order(StringComparer.Ordinal).ToList();

        await library.GenerateAsync(registers, "2025-03-01");

        var records = library.Records();
        records.Keys.Order(StringComparer.Ordinal).Should().Equal(paths);
        records.Values.Should().OnlyContain(r => (int)r["version"]! == 1 && (string)r["effectiveDate"]! == "2025-03-01"
            && ((JsonArray)r["history"]!).Count == 1 && (string)r["history"]![0]!["change"]! == "First controlled version");
        (await library.GenerateAsync(registers, "2025-04-01")).Plan.IsEmpty.Should().BeTrue();
    }

    /// <summary>What saving in Word does as far as the product can tell: the same package with other bytes.</summary>
    private static byte[] EditedInWord(byte[] docx)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("customXml/hr-note.xml").Open());
            writer.Write("<note>Corrected by HR</note>");
        }
        return buffer.ToArray();
    }
}
