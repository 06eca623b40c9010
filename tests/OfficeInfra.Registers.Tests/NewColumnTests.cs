using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Findings;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Schema;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>The optional columns SPEC §2 plans (person specification, approvers): written, read and carried in JSON.</summary>
public class NewColumnTests
{
    private static RegisterSet Registers() => new RegisterSetBuilder()
        .Add(new Department("Ops", "Boss") { ApprovedBy = "Board of Directors" })
        .Add(new Role("Boss", "Ops", Holder: "Ann")
        {
            Qualifications = "MBA or equivalent", Skills = "Negotiation; Excel", Experience = "Five years leading a team",
            Location = "İzmir 中文", Grade = "G7", Contract = "Permanent",
        })
        .Add(new Process("Selling", "Ops", Owner: "Boss") { ApprovedBy = "Boss" })
        .Task("Run the shop", "Ops", role: "Boss", process: "Selling", step: "1")
        .Build();

    public static TheoryData<string, string, string> NewCells => new()
    {
        { "Roles", "Qualifications", "MBA or equivalent" },
        { "Roles", "Skills", "Negotiation; Excel" },
        { "Roles", "Experience", "Five years leading a team" },
        { "Roles", "Location", "İzmir 中文" },
        { "Roles", "Grade", "G7" },
        { "Roles", "Contract", "Permanent" },
        { "Departments", "Approved By", "Board of Directors" },
        { "Processes", "Approved By", "Boss" },
    };

    [Theory]
    [MemberData(nameof(NewCells))]
    public void Write_NewColumn_HoldsTheValueUnderItsHeader(string sheet, string header, string value)
    {
        using var stream = WorkbookRoundTripTests.Write(Registers());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheetId = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(sheetId);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var rows = part.Worksheet.Descendants<Row>().ToList();
        string? Text(Cell? cell) => cell?.CellValue is null ? null : strings[int.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)];

        var headerCell = rows[0].Elements<Cell>().Single(c => Text(c) == header);
        var column = CellReference.ColumnIndex(headerCell.CellReference!);
        var valueCell = rows[1].Elements<Cell>().SingleOrDefault(c => CellReference.ColumnIndex(c.CellReference!) == column);

        Text(valueCell).Should().Be(value);
        part.TableDefinitionParts.Single().Table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).Should().Contain(header);
    }

    [Fact]
    public void Workbook_NewColumns_ReadBackIntoTheModel()
    {
        var registers = Registers();
        using var stream = WorkbookRoundTripTests.Write(registers);

        var read = XlsxRegisterReader.Read(stream);

        WorkbookRoundTripTests.AssertSame(read, registers);
        read.Roles[0].Should().Match<Role>(r => r.Qualifications == "MBA or equivalent" && r.Skills == "Negotiation; Excel"
            && r.Experience == "Five years leading a team" && r.Location == "İzmir 中文" && r.Grade == "G7" && r.Contract == "Permanent");
        read.Departments[0].ApprovedBy.Should().Be("Board of Directors");
        read.Processes[0].ApprovedBy.Should().Be("Boss");
    }

    [Fact]
    public void Json_NewColumns_CarriedInCamelCase()
    {
        var registers = Registers();

        var json = JsonRegisterWriter.Write(registers);

        json.Should().Contain("\"qualifications\":\"MBA or equivalent\"").And.Contain("\"contract\":\"Permanent\"")
            .And.Contain("\"approvedBy\":\"Board of Directors\"").And.Contain("\"approvedBy\":\"Boss\"");
        JsonRegisterReader.Read(json).Should().BeEquivalentTo(registers, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Read_WorkbookWithoutTheNewColumns_LeavesThemEmpty()
    {
        var bytes = RawWorkbook.Create(null,
            new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"], ["Boss", "Ops"]]),
            new RawSheet("Tasks", [["Task", "Department"]]),
            new RawSheet("Processes", [["Process", "Department"], ["Selling", "Ops"]]));

        var read = XlsxRegisterReader.Read(new MemoryStream(bytes));

        read.Roles[0].Should().BeEquivalentTo(new Role("Boss", "Ops", Row: 2));
        read.Departments[0].ApprovedBy.Should().BeNull();
        read.Processes[0].ApprovedBy.Should().BeNull();
    }

    [Fact]
    public void Schema_EveryColumn_HasAUniqueHeaderAndJsonKeyPerSheet()
    {
        foreach (var sheet in RegisterSchema.All)
        {
            sheet.Columns.Select(c => c.Header.ToUpperInvariant()).Should().OnlyHaveUniqueItems(sheet.Name);
            sheet.Columns.Select(c => c.JsonKey).Should().OnlyHaveUniqueItems(sheet.Name)
                .And.OnlyContain(k => char.IsLower(k[0]) && !k.Contains(' '));
        }
    }
}
