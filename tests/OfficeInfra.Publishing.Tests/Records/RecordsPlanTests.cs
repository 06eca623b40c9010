using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests.Records;

/// <summary>Records Plan.xlsx and the Purview file plan CSV (issue 21).</summary>
public sealed class RecordsPlanTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static async Task<LibraryRunResult> PlanAsync()
    {
        var publisher = new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions
        {
            RetentionLabelsByType = new Dictionary<string, string> { ["sop"] = "Quality, 3 years", ["job-description"] = "HR – 7 years" },
            RetentionLabelsByDepartment = new Dictionary<RegisterName, string> { ["Accounting"] = "Finance \"10\" years" },
        });
        using var folder = new TempFolder();
        return await publisher.PlanAsync(SampleOrganisation.Create(), AsOf, new LocalLibraryTarget(folder.Path));
    }

    [Fact]
    public async Task Write_Sample_ValidWorkbookWithATableListingEveryFolderAndDocument()
    {
        var result = await PlanAsync();
        using var stream = new MemoryStream();

        RecordsPlanWorkbook.Write(stream, result);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        sheets.Should().Equal("Folders", "Documents", "Retention Labels");
        var folders = Column(document, "Folders");
        folders.Should().BeEquivalentTo(LibraryLayout.FolderPaths(result.Desired), "every folder, once");
        Column(document, "Documents").Should().BeEquivalentTo(result.Desired.Documents.Select(d => d.Path));
        Column(document, "Retention Labels").Should().Equal("Finance \"10\" years", "HR – 7 years", "Quality, 3 years");
        foreach (var part in document.WorkbookPart.WorksheetParts)
        {
            var table = part.TableDefinitionParts.Should().ContainSingle().Subject.Table!;
            table.Reference!.Value.Should().StartWith("A1:");
        }
    }

    [Fact]
    public async Task Write_SamePlanTwice_SameBytesThatOfficeInfraKnowsAsItsOwn()
    {
        var result = await PlanAsync();
        using var folder = new TempFolder();

        var first = RecordsPlanFiles.Write(folder.Path, result);
        var bytes = File.ReadAllBytes(first[0]);
        var again = RecordsPlanFiles.Write(folder.Path, result);

        File.ReadAllBytes(again[0]).Should().Equal(bytes, "the plan's workbook is written like the library's own workbooks, with fixed ids and times");
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        document.PackageProperties.Title.Should().Be("Records plan");
        document.PackageProperties.Creator.Should().Be("OfficeInfra");
    }

    [Fact]
    public async Task Files_Sample_ReadableByTheirOwnerOnlyEvenOverFilesOthersCouldRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }
        var result = await PlanAsync();
        using var folder = new TempFolder();
        var paths = RecordsPlanFiles.Write(folder.Path, result);
        foreach (var path in paths)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        RecordsPlanFiles.Write(folder.Path, result);

        paths.Should().HaveCount(2);
        foreach (var path in paths)
        {
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the plan lists every department's documents, Restricted ones too");
        }
    }

    [Fact]
    public async Task Tables_Sample_AreWhatTheWorkbookHoldsRowForRow()
    {
        var result = await PlanAsync();
        using var stream = new MemoryStream();
        RecordsPlanWorkbook.Write(stream, result);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);

        var tables = RecordsPlanTables.Of(result);

        tables.Select(t => t.Name).Should().Equal("Folders", "Documents", "Retention Labels");
        foreach (var table in tables)
        {
            table.Rows.Should().OnlyContain(r => r.Count == table.Headers.Count, "one value per header in {0}", table.Name);
            Column(document, table.Name).Should().Equal(table.Rows.Select(r => r[0]), "the workbook's {0} sheet is the table", table.Name);
        }
        var documents = tables[1];
        var label = documents.Headers.ToList().IndexOf("Retention Label");
        documents.Rows.Where(r => r[0].Contains("/SOPs/", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.OnlyContain(r => r[label] == "Quality, 3 years" || r[label] == "Finance \"10\" years");
    }

    [Fact]
    public async Task Tables_AccessLevelRaisedOnAPublishedLibrary_TheDepartmentsFolderSaysWhatItsGrantsBecome()
    {
        static RegisterSet Ops(string access) => new RegisterSetBuilder()
            .Add(new Department("Ops", "Boss", access, ["owners@x"], ["team@x"], ["staff@x"])).Role("Boss", "Ops").Build();
        var publisher = new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions());
        using var folder = new TempFolder();
        await publisher.PublishAsync(Ops("Internal"), AsOf, new LocalLibraryTarget(folder.Path));

        var result = await publisher.PlanAsync(Ops("Restricted"), AsOf, new LocalLibraryTarget(folder.Path));

        var folders = RecordsPlanTables.Of(result)[0];
        var change = folders.Headers.ToList().IndexOf("Planned Change");
        folders.Rows.Single(r => r[0] == "Ops")[change].Should().Be("0 grant(s) to give, 2 to take back", "Restricted keeps the owners only");
    }

    [Fact]
    public async Task Plan_LabelNamesPurviewsImportRefuses_AreNamedInThePlanBeforeAnythingIsPublished()
    {
        var result = await PlanAsync();

        result.Applied.Should().BeFalse();
        result.Plan.UnimportableLabels.Should().Equal("Finance \"10\" years", "HR – 7 years", "Quality, 3 years");
    }

    [Fact]
    public void UnimportableLabels_Configured_NamesEachRefusedNameOnceAndNoOther()
    {
        var options = new LibraryOptions
        {
            RetentionLabelsByType = new Dictionary<string, string> { ["sop"] = "Quality 3 years", ["job-description"] = "HR – 7 years", ["org-chart"] = "HR – 7 years" },
            RetentionLabelsByDepartment = new Dictionary<RegisterName, string> { ["Ops"] = new string('A', 65), ["Sales"] = "Sales-" + new string('B', 58) },
        };

        options.UnimportableLabels().Should().Equal(new string('A', 65), "HR – 7 years");
    }

    [Fact]
    public async Task FilePlanCsv_Sample_ImportLayoutOneRowPerLabelQuotedWhereNeeded()
    {
        var result = await PlanAsync();

        var lines = System.Text.Encoding.UTF8.GetString(FilePlanCsv.Write(result.Desired)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("LabelName,Comment,Notes,IsRecordLabel,RetentionAction,RetentionDuration,RetentionType,ReviewerEmail,ReferenceId," +
            "DepartmentName,Category,SubCategory,AuthorityType,CitationName,CitationUrl,CitationJurisdiction,Regulatory,EventType");
        lines.Should().HaveCount(4);
        lines[1].Should().StartWith("\"Finance \"\"10\"\" years\",").And.Contain(",Accounting,");
        lines[3].Should().StartWith("\"Quality, 3 years\",").And.Contain("Standard operating procedure");
    }

    [Fact]
    public async Task FilePlanCsv_RetentionFromConfigurationAndTheRecordsRegister_FillsPurviewsRetentionColumnsTogether()
    {
        var publisher = new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions
        {
            RetentionLabelsByType = new Dictionary<string, string> { ["job-description"] = "HR - 7 years", ["org-chart"] = "Org charts" },
            RetentionSettings = new Dictionary<string, LabelRetention>
            {
                ["HR - 7 years"] = LabelRetention.Read("7 years", "Keep and delete", "When last modified", "test")!,
                ["Quality - 3 years"] = LabelRetention.Read("1 year", "Keep", "When created", "test")!,
            },
        });
        var registers = SampleOrganisation.Create() with
        {
            Records = [new("Quality - 3 years", 2) { DocumentType = "SOP", RetentionPeriod = "3 years", RetentionAction = "Delete", RetentionTrigger = "When labelled" }],
        };
        using var folder = new TempFolder();
        var result = await publisher.PlanAsync(registers, AsOf, new LocalLibraryTarget(folder.Path));

        var rows = ReadCsv(FilePlanCsv.Write(result.Desired)).ToDictionary(r => r["LabelName"]);

        rows.Keys.Should().BeEquivalentTo("HR - 7 years", "Org charts", "Quality - 3 years");
        rows["HR - 7 years"].Should().Contain(new Dictionary<string, string>
        {
            ["IsRecordLabel"] = "FALSE", ["RetentionAction"] = "KeepAndDelete", ["RetentionDuration"] = "2555", ["RetentionType"] = "ModificationAgeInDays",
        });
        rows["Quality - 3 years"].Should().Contain(new Dictionary<string, string>
        {
            ["RetentionAction"] = "Delete", ["RetentionDuration"] = "1095", ["RetentionType"] = "TaggedAgeInDays",
        }, "the register's row wins over configuration");
        // Purview takes the retention columns only together: a label without settings leaves all of them empty.
        new[] { "IsRecordLabel", "RetentionAction", "RetentionDuration", "RetentionType" }.Select(c => rows["Org charts"][c]).Should().OnlyContain(v => v.Length == 0);
    }

    [Fact]
    public void LabelRetention_OnlySomeGiven_IsAConfigurationErrorNamingWhere()
    {
        var act = () => LabelRetention.Read("7 years", null, "When created", "Records:RetentionSettings:HR");

        act.Should().Throw<OfficeInfraException>().Where(e => e.Kind == ErrorKind.Configuration && e.Message.StartsWith("Records:RetentionSettings:HR needs Period"));
    }

    /// <summary>The CSV as rows of column name to value, read by the BCL's RFC 4180 parser (quoted fields, doubled quotes).</summary>
    private static List<Dictionary<string, string>> ReadCsv(byte[] csv)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new MemoryStream(csv), System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }
        return rows;
    }

    /// <summary>The first column's values below the header, as the sheet holds them.</summary>
    private static List<string> Column(SpreadsheetDocument document, string sheet)
    {
        var id = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(id);
        return part.Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value!.StartsWith('A'))?.InnerText ?? "")
            .Where(t => t.Length > 0).ToList();
    }
}
