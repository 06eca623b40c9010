using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using OfficeInfra.Documents.Delegation;
using OfficeInfra.Publishing.Local;
using OfficeInfra.Publishing.Planning;
using OfficeInfra.Publishing.Tests.SharePoint;
using OfficeInfra.Publishing.Tests.Support;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;

namespace OfficeInfra.Publishing.Tests;

/// <summary><c>Delegation.xlsx</c> in the library: at the root, in the records as its own kind, and what an admin sees in it.</summary>
public sealed class DelegationReportLibraryTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static LibraryPublisher Publisher() => new([new DelegationReportGenerator()], new LibraryOptions());

    [Fact]
    public async Task PublishAsync_Sample_RootWorkbookShowsEveryGapAndWhoDoesThem()
    {
        await Publisher().PublishAsync(SampleOrganisation.Create(), AsOf, new LocalLibraryTarget(_folder.Path));

        var manifest = JsonNode.Parse(File.ReadAllBytes(_folder["manifest.json"]))!["documents"]!.AsArray()
            .Single(d => d!["kind"]!.GetValue<string>() == "delegation-report")!;
        manifest["path"]!.GetValue<string>().Should().Be("Delegation.xlsx");
        manifest["department"].Should().BeNull();
        var sheets = Open(File.ReadAllBytes(_folder["Delegation.xlsx"]));
        sheets["Delegations"].Skip(1).Select(r => (r[1], r[3], r[4])).Should().Equal(
            ("Pick the ordered items from the warehouse", "Technician", "Chief Operating Officer"),
            ("Test the equipment before packing", "Technician", "Chief Operating Officer"),
            ("Pack and label the shipment", "Technician", "Chief Operating Officer"),
            ("Book the courier collection", "Technician", "Chief Operating Officer"),
            ("Service the workshop equipment", "Technician", "Chief Operating Officer"),
            ("Pass qualified leads to the Managing Director", "Marketing Intern", "Marketing Manager"));
        // Done today by, their role, tasks, then Daily, Weekly, Monthly …
        sheets["By person"].Skip(1).Select(r => (r[0], r[2], r[3], r[5])).Should().Equal(
            ("Chief Operating Officer", "5", "4", "1"), ("Marketing Manager", "1", "1", "0"));
        sheets["Vacant roles"].Skip(1).Should().ContainSingle().Which.Should().Equal("Technician", "Operations", "5", "5", "Chief Operating Officer", "0");
    }

    [Fact]
    public async Task PublishAsync_RestrictedDepartment_ItsTasksAndVacanciesStayOutOfTheRootReport()
    {
        var sample = SampleOrganisation.Create();
        var registers = sample with { Departments = [.. sample.Departments.Select(d => d.Name == "Operations" ? d with { Access = "Restricted" } : d)] };

        await Publisher().PublishAsync(registers, AsOf, new LocalLibraryTarget(_folder.Path));

        var sheets = Open(File.ReadAllBytes(_folder["Delegation.xlsx"]));
        sheets["Delegations"].Skip(1).Select(r => r[1]).Should().Equal("Pass qualified leads to the Managing Director");
        sheets.Values.SelectMany(rows => rows).SelectMany(r => r).Should().NotContain(["Technician", "Pick the ordered items from the warehouse"]);
    }

    [Fact]
    public async Task PublishAsync_SharePoint_ReportAtTheRootInheritingTheLibrarysReaders()
    {
        await using var sp = await FakeSharePoint.StartAsync();

        var result = await Publisher().PublishAsync(SampleOrganisation.Create(), AsOf, sp.Target());

        result.Applied.Should().BeTrue();
        var files = sp.Server.Library.Files();
        files.Should().ContainKey("Delegation.xlsx");
        sp.Server.Library.HasUniquePermissions("Delegation.xlsx").Should().BeFalse("the report is read by whoever reads the library root");
        Open(files["Delegation.xlsx"])["Delegations"].Should().HaveCount(7);
    }

    /// <summary>Each sheet's rows of cell text as an admin reads them, after the validator found nothing wrong.</summary>
    private static Dictionary<string, List<List<string>>> Open(byte[] bytes)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(workbook).Select(e => e.Description).Should().BeEmpty();
        workbook.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .Single(p => p.Name == "DocumentId").InnerText.Should().Be("DLG-0001");
        var part = workbook.WorkbookPart!;
        return part.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.CellValue?.Text ?? c.InlineString?.InnerText ?? string.Empty).ToList()).ToList());
    }
}
