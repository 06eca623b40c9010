using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>
/// The reader's own package reading (ZipArchive and XmlReader, not the SDK's package) on packages laid out the way
/// Excel and LibreOffice write them rather than the way the OpenXML SDK does.
/// </summary>
public partial class PackageReadingTests
{
    [Fact]
    public void Read_RelativeTargetsOtherCaseAndTableViaParentFolder_FindsSheetsTablesAndTitle()
    {
        // The SDK writes absolute targets (/xl/worksheets/sheet2.xml); Excel writes them relative to the part, with ../
        // from a sheet to its tables, and part names match whatever their case.
        var workbook = RawWorkbook.Create("Acme", new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Sheet2", [null, [null, "Role", "Department"], [null, "Boss", "Ops"], [null, "Stray", "Ops"]], Table: ("Roles", "B2:C3")),
            new RawSheet("Tasks", [["Task", "Department"], ["Open", "Ops"]]), new RawSheet("Processes", [["Process", "Department"]]));
        var excelLike = RewriteParts(workbook, (name, xml) => name switch
        {
            "xl/_rels/workbook.xml.rels" => AbsoluteTarget().Replace(xml, m => $"Target=\"{m.Groups[1].Value.Replace("xl/", "", StringComparison.Ordinal).ToUpperInvariant()}\""),
            _ when name.StartsWith("xl/worksheets/_rels/", StringComparison.Ordinal) => AbsoluteTarget().Replace(xml, m => $"Target=\"../{m.Groups[1].Value[3..]}\""),
            _ => xml,
        });

        var read = XlsxRegisterReader.ReadWorkbook(new MemoryStream(excelLike));

        read.Registers.Organisation.Should().Be("Acme");
        read.Registers.Roles.Select(r => (r.Title, r.Row)).Should().Equal(("Boss", 3));
        read.Registers.Tasks.Should().ContainSingle().Which.Task.Should().Be("Open");
        read.Layout.ColumnOf("Roles", "Department").Should().Be("C");
    }

    [Fact]
    public void Read_TextWithEntitiesCdataRichRunsAndPhonetics_ReadsWhatAPersonSees()
    {
        var workbook = StreamedWorkbook.WithTasks(xml =>
        {
            StreamedWorkbook.Row(xml, 1, "Task", "Department");
            xml.WriteRaw("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Pay &amp; </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">file &#x1F4B0; </t></r>" +
                "<rPh sb=\"0\" eb=\"1\"><t>ぺい</t></rPh><r><t><![CDATA[<now>]]></t></r></is></c><c r=\"B2\" t=\"str\"><f>\"Ops\"</f><v>Ops</v></c></row>");
        });

        var read = XlsxRegisterReader.Read(new MemoryStream(workbook));

        read.Tasks.Should().ContainSingle().Which.Should().Match<Model.TaskItem>(t => t.Task == "Pay & file 💰 <now>" && t.Department == "Ops");
    }

    [Fact]
    public void Read_PackageWhoseMainPartIsMissing_IsUnreadable()
    {
        var workbook = RewriteParts(RawWorkbook.Create(null, new RawSheet("Tasks", [["Task"]])), (name, xml) => name == "_rels/.rels"
            ? xml.Replace("/xl/workbook.xml", "/xl/missing.xml", StringComparison.Ordinal) : xml);

        var act = () => XlsxRegisterReader.Read(new MemoryStream(workbook));

        act.Should().Throw<OfficeInfraException>().Which.Message.Should().Be("The uploaded file is an Office package but not an Excel workbook (.xlsx).");
    }

    private static byte[] RewriteParts(byte[] package, Func<string, string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = change(entry.FullName, reader.ReadToEnd());
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    [GeneratedRegex("Target=\"/([^\"]+)\"")]
    private static partial Regex AbsoluteTarget();
}
