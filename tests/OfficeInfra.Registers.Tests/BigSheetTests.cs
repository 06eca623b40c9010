using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>Sheets near Excel's grid size: formatted but blank rows cost nothing, a register over the cap is refused early.</summary>
[Collection(nameof(HeapMeasurements))]
public sealed class BigSheetTests
{
    [Fact]
    public void Read_TasksSheetWithAMillionFormattedBlankRows_ReadsTheDataFastWithFlatMemory()
    {
        // What Excel writes when a whole column or range is formatted: rows that carry a style and cells with no value.
        var workbook = StreamedWorkbook.WithTasks(xml =>
        {
            StreamedWorkbook.Row(xml, 1, "Task", "Department", "Role");
            StreamedWorkbook.Row(xml, 2, "Open the shop", "Ops", "Boss");
            StreamedWorkbook.Row(xml, 3, "Close the shop", "Ops", "Boss");
            xml.Flush();
            WriteRaw(xml, 4, 1_000_003, r => r[^1] % 2 == 0
                ? $"<row r=\"{r}\" spans=\"1:3\" s=\"1\" customFormat=\"1\"/>"
                : $"<row r=\"{r}\" spans=\"1:3\"><c r=\"A{r}\" s=\"1\"/><c r=\"C{r}\" s=\"1\" t=\"s\"/></row>");
            StreamedWorkbook.Row(xml, 1_000_004, "Count the till", "Ops", "Boss");
        });
        using var stream = new HeapProbeStream(workbook);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        var read = XlsxRegisterReader.Read(stream);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a bound for a loaded machine; it takes well under a second alone");
        stream.Samples.Should().HaveCount(3).And.OnlyContain(heap => heap - heapBefore < 8 * 1024 * 1024,
            "the heap stays flat while a million blank rows stream past: nothing of them is kept");
        read.Tasks.Select(t => (t.Task, t.Row)).Should().Equal(("Open the shop", 2), ("Close the shop", 3), ("Count the till", 1_000_004));
    }

    [Fact]
    public void Read_RegisterOverTheDefaultCap_IsRefusedNamingTheSheetAndTheCap()
    {
        var workbook = StreamedWorkbook.WithTasks(xml =>
        {
            StreamedWorkbook.Row(xml, 1, "Task", "Department");
            xml.Flush();
            WriteRaw(xml, 2, 250_002, r =>
                $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Task {r}</t></is></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>Ops</t></is></c></row>");
        });

        var act = () => XlsxRegisterReader.Read(new MemoryStream(workbook));

        act.Should().Throw<OfficeInfraException>().Which.Should().Match<OfficeInfraException>(e => e.Kind == ErrorKind.UnreadableInput &&
            e.Message == "The Tasks sheet holds more than 250,000 rows of data (row 250,002 is the first one over), more than one register may hold, so the workbook was not read.");
    }

    [Fact]
    public void Read_RegisterOverAConfiguredCap_StopsAtTheFirstRowOverIt()
    {
        // Everything after row 12 is broken XML: the reader only gets the cap's sentence if it stops there.
        var workbook = StreamedWorkbook.WithTasks(xml =>
        {
            StreamedWorkbook.Row(xml, 1, "Task", "Department");
            xml.Flush();
            WriteRaw(xml, 2, 13, r => $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>Task {r}</t></is></c></row>");
            xml.WriteRaw("</broken><!DOCTYPE x>");
        });

        var act = () => XlsxRegisterReader.ReadWorkbook(new MemoryStream(workbook), new XlsxReadOptions { MaxRowsPerRegister = 10 });

        act.Should().Throw<OfficeInfraException>().WithMessage("The Tasks sheet holds more than 10 rows of data (row 12 is the first one over)*");
    }

    [Fact]
    public void Read_RegisterAtTheCap_ReadsEveryRow()
    {
        var workbook = StreamedWorkbook.WithTasks(xml =>
        {
            StreamedWorkbook.Row(xml, 1, "Task", "Department");
            for (var r = 2; r <= 11; r++)
            {
                StreamedWorkbook.Row(xml, r, $"Task {r}", "Ops");
            }
        });

        var read = XlsxRegisterReader.ReadWorkbook(new MemoryStream(workbook), new XlsxReadOptions { MaxRowsPerRegister = 10 });

        read.Registers.Tasks.Should().HaveCount(10);
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("shared")]
    public void Read_CellOverTheCharacterCap_IsRefusedNamingTheCell(string storage)
    {
        var text = new string('x', 1001);
        object value = storage == "inline" ? new InlineText(text) : text;
        var workbook = RawWorkbook.Create(null, new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"]]), new RawSheet("Tasks", [["Task", "Department"], [value, "Ops"]]),
            new RawSheet("Processes", [["Process", "Department"]]));

        var act = () => XlsxRegisterReader.ReadWorkbook(new MemoryStream(workbook), new XlsxReadOptions { MaxCellCharacters = 1000 });

        act.Should().Throw<OfficeInfraException>().Which.Message.Should().Contain("more than 1,000 characters")
            .And.Contain(storage == "inline" ? "The Tasks sheet holds a cell (A2)" : "shared string");
    }

    [Fact]
    public void Read_CellAtTheCharacterCap_ReadsItWhole()
    {
        var text = new string('x', 1000);
        var workbook = RawWorkbook.Create(null, new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"]]), new RawSheet("Tasks", [["Task", "Department"], [text, "Ops"], [new InlineText(text), "Ops"]]),
            new RawSheet("Processes", [["Process", "Department"]]));

        var read = XlsxRegisterReader.ReadWorkbook(new MemoryStream(workbook), new XlsxReadOptions { MaxCellCharacters = 1000 });

        read.Registers.Tasks.Select(t => t.Task).Should().Equal(text, text);
    }

    [Fact]
    public void Read_SharedStringTableOverTheCap_IsRefused()
    {
        var workbook = RawWorkbook.Create(null, new RawSheet("Departments", [["Department"], .. Enumerable.Range(1, 20).Select(i => new object?[] { $"Dept {i}" })]),
            new RawSheet("Roles", [["Role", "Department"]]), new RawSheet("Tasks", [["Task", "Department"]]), new RawSheet("Processes", [["Process", "Department"]]));

        var act = () => XlsxRegisterReader.ReadWorkbook(new MemoryStream(workbook), new XlsxReadOptions { MaxSharedStrings = 10 });

        act.Should().Throw<OfficeInfraException>().WithMessage("The uploaded file holds more than 10 texts in its shared string table*");
    }

    /// <summary>Writes rows <paramref name="first"/> to <paramref name="last"/> as raw markup, in chunks.</summary>
    private static void WriteRaw(XmlWriter xml, int first, int last, Func<string, string> row)
    {
        var chunk = new StringBuilder();
        for (var r = first; r <= last; r++)
        {
            chunk.Append(row(r.ToString(CultureInfo.InvariantCulture)));
            if (chunk.Length > 1 << 20)
            {
                xml.WriteRaw(chunk.ToString());
                chunk.Clear();
            }
        }
        xml.WriteRaw(chunk.ToString());
    }
}
