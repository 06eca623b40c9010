using System.IO.Compression;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Documents.Workbooks;

namespace OfficeInfra.Documents.Tests.Journey;

/// <summary>A line break in a table cell of a generated workbook stays a line break, and its row is tall enough for it.</summary>
public sealed class TableWorkbookLineBreakTests
{
    [Fact]
    public void Write_CellWithALineBreak_KeepsItAndGivesTheRowALineForEach()
    {
        var sheet = new TableSheet("Systems", "Systems", ["System", "Notes"], [20, 40],
            [["Orders", "Checked daily\r\nArchived monthly\nKept 7 years"], ["Billing", "One line"]]);
        var control = new DocumentControl("OI-1", 1, new DateOnly(2026, 12, 1), new DateOnly(2027, 12, 1), "Ops", "Ops", []);

        var bytes = TableWorkbookWriter.Write([sheet], new DocumentProperties("Systems", "Business Systems", "Org", control));

        var view = XlsxView.Open(bytes);
        view.ValidationErrors.Should().BeEmpty();
        view.Sheets[0].Rows[1].Should().Equal("Orders", "Checked daily\nArchived monthly\nKept 7 years");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var xml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        xml.Should().Contain("<row r=\"2\" ht=\"45\" customHeight=\"1\">", "three lines of 15 points");
        xml.Should().Contain("<row r=\"3\">", "a row of one line is left to the application");
    }
}
