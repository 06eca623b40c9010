using System.IO.Compression;
using System.Text;
using OfficeInfra.Documents.Word.Templating;
using static OfficeInfra.Documents.Tests.Word.WordXml;

namespace OfficeInfra.Documents.Tests.Word;

/// <summary>
/// A template's parts may not declare a DTD: internal entities would expand in every document (a 1 KB template made
/// 1 MB per document) and external ones would read files or URLs. The workbook reader refuses DTDs the same way.
/// </summary>
public class TemplateDtdTests
{
    private static readonly TemplateShape Shape = TemplateShape.RecordOf(("title", TemplateShape.Text));

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;")]
    [InlineData("<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>", "&secret;")]
    [InlineData("<!DOCTYPE w:document SYSTEM \"http://127.0.0.1:9/evil.dtd\">", "plain")]
    public void Compile_PartWithADtd_IsOneTemplateErrorSentence(string doctype, string text)
    {
        var docx = WithDoctype(DocxBuilder.Body(Pt("", "{{title}} " + text)), doctype);

        var act = () => DocxTemplate.Compile(docx, "Letter.docx", Shape);

        var error = act.Should().Throw<OfficeInfraException>().Which;
        error.Kind.Should().Be(ErrorKind.InvalidTemplate);
        error.Message.Should().Be("Letter.docx declares a DTD, which templates may not have; save it again from Word.");
    }

    [Fact]
    public void Check_PartWithADtd_ReportsTheProblem()
    {
        var docx = WithDoctype(DocxBuilder.Body(Pt("", "{{title}}")), "<!DOCTYPE w:document [<!ENTITY a \"x\">]>");

        var problems = TemplateChecker.Check(docx, "Letter.docx", Shape);

        problems.Should().ContainSingle().Which.Message.Should().Contain("declares a DTD");
    }

    // Puts the DOCTYPE between the XML declaration and the root of word/document.xml.
    private static byte[] WithDoctype(byte[] docx, string doctype)
    {
        using var output = new MemoryStream();
        output.Write(docx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
            var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml[..declarationEnd] + doctype + xml[declarationEnd..]);
        }
        return output.ToArray();
    }
}
