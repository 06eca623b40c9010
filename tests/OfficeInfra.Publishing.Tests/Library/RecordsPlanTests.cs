using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeInfra.Publishing.Library;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Sample;

namespace OfficeInfra.Publishing.Tests.Library;

/// <summary>Records Plan.xlsx and the Purview file plan CSV (issue 21).</summary>
public sealed class RecordsPlanTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private static async Task<LibraryRunResult> PlanAsync()
    {
        var publisher = new LibraryPublisher([new FakeDocumentSource()], new LibraryOptions
        {
            RetentionLabelsByType = new Dictionary<string, string> { ["sop"] = "Quality, 3 years", ["job-description"] = "HR – 7 years" },
            RetentionLabelsByDepartment = new Dictionary<string, string> { ["Accounting"] = "Finance \"10\" years" },
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
