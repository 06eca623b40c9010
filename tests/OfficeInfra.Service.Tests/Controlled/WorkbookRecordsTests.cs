using System.Globalization;
using System.Security;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.CustomXmlDataProperties;
using DocumentFormat.OpenXml.Packaging;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Service.Tests.Support;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Controlled;

/// <summary>
/// A workbook passed on by an add-in user carries its documents' history to a colleague who runs the CLI: the records
/// the add-in keeps in custom XML parts (addin/src/excel/workbookRecords.ts), stored in a real .xlsx as Excel stores
/// them, are what a new library folder follows on from.
/// </summary>
public sealed class WorkbookRecordsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_NewFolderFromAWorkbookWithTheAddinsRecords_SameIdsVersionsHistoryAndBytes()
    {
        // What the add-in's two Generates left: a task added between them, so some documents are at version 2.
        var registers = SampleOrganisation.Create();
        var pane = new ControlledLibrary(_folder.File("pane"));
        await pane.GenerateAsync(registers, "2025-01-31");
        var changed = WithTaskAdded(registers);
        await pane.GenerateAsync(changed, "2025-02-14");
        pane.Records().Values.Should().Contain(r => (int)r["version"]! == 2);
        var workbook = _folder.File("Registers.xlsx");
        RegisterWorkbookWriter.Write(workbook, changed);
        var json = File.ReadAllText(Path.Combine(pane.Root, LibraryRecords.FileName));
        StoreAsTheAddinDoes(workbook, "2025-02-14T09:00:00.000Z-a1b2c3", json, pieces: 4);
        // A write that stopped half way later, and another add-in's part: both passed over.
        StoreAsTheAddinDoes(workbook, "2025-02-20T09:00:00.000Z-zzzzzz", json[..100], pieces: 1, count: 2);
        AddPart(workbook, "<settings xmlns=\"urn:someone-else\">x</settings>", "urn:someone-else");

        var run = await CliRun.Of("generate", workbook, "--out", _folder.File("colleague"), "--as-of", "2025-03-01");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Followed on from the records the Excel add-in kept in Registers.xlsx");
        var colleague = new ControlledLibrary(_folder.File("colleague"));
        var theirs = colleague.Records();
        var ours = pane.Records();
        theirs.Keys.Should().BeEquivalentTo(ours.Keys);
        foreach (var (path, line) in ours)
        {
            foreach (var field in new[] { "id", "version", "effectiveDate", "reviewDate", "history", "sha256" })
            {
                JsonNode.DeepEquals(theirs[path][field], line[field]).Should().BeTrue($"{path}'s {field} follows on from the workbook's records");
            }
        }
        ControlledLibrary.Changed(pane.Files(), colleague.Files()).Should().BeEmpty("the colleague's documents are the ones the add-in's run wrote");

        var again = await CliRun.Of("generate", workbook, "--out", _folder.File("colleague"), "--as-of", "2025-03-02");
        again.Out.Should().Contain("0 new, 0 changed").And.NotContain("Followed on", "a folder with records of its own follows its own");
    }

    [Fact]
    public async Task Generate_WorkbookWithoutRecordsOrWithDamagedOnes_StartsAtVersionOneAndSaysNothingOfThem()
    {
        var workbook = _folder.File("Registers.xlsx");
        RegisterWorkbookWriter.Write(workbook, SampleOrganisation.Create());
        WorkbookRecords.Read(workbook).Should().BeNull();
        StoreAsTheAddinDoes(workbook, "2025-02-14T09:00:00.000Z-a1b2c3", "{\"documents\": [", pieces: 1);
        WorkbookRecords.Read(workbook).Should().BeNull();

        var run = await CliRun.Of("generate", workbook, "--out", _folder.File("lib"), "--as-of", "2025-03-01");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().NotContain("Followed on");
        new ControlledLibrary(_folder.File("lib")).Records().Values.Should().OnlyContain(r => (int)r["version"]! == 1);
    }

    private static RegisterSet WithTaskAdded(RegisterSet registers)
    {
        var process = registers.Processes[0];
        var role = registers.Tasks.First(t => t.Process == process.Name).Role;
        var step = registers.Tasks.Count(t => t.Process == process.Name) + 1;
        return registers with
        {
            Tasks = [.. registers.Tasks, new TaskItem("T9001", "Book the courier collection", process.Department, role, process.Name,
                step.ToString(CultureInfo.InvariantCulture), "Weekly")],
        };
    }

    /// <summary>The add-in's format: the JSON in <paramref name="pieces"/> parts <c>&lt;records run index count&gt;</c>.</summary>
    private static void StoreAsTheAddinDoes(string workbook, string run, string json, int pieces, int? count = null)
    {
        var size = (json.Length + pieces - 1) / pieces;
        for (var i = 0; i < pieces; i++)
        {
            var text = json.Substring(i * size, Math.Min(size, json.Length - (i * size)));
            AddPart(workbook, $"<records xmlns=\"{WorkbookRecords.Namespace}\" run=\"{run}\" index=\"{i}\" count=\"{count ?? pieces}\">{SecurityElement.Escape(text)}</records>",
                WorkbookRecords.Namespace);
        }
    }

    /// <summary>A custom XML part as Excel saves one: <c>customXml/itemN.xml</c> from the workbook part, with its properties part.</summary>
    private static void AddPart(string workbook, string xml, string namespaceUri)
    {
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var part = document.WorkbookPart!.AddCustomXmlPart(CustomXmlPartType.CustomXml);
        using (var writer = new StreamWriter(part.GetStream(FileMode.Create)))
        {
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>{xml}");
        }
        var properties = part.AddNewPart<CustomXmlPropertiesPart>();
        properties.DataStoreItem = new DataStoreItem(new SchemaReferences(new SchemaReference { Uri = namespaceUri }))
        {
            ItemId = $"{{{Guid.NewGuid().ToString().ToUpperInvariant()}}}",
        };
    }
}
