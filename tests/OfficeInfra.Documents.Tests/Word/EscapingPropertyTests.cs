using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Documents.Word.Templating;

namespace OfficeInfra.Documents.Tests.Word;

public class EscapingPropertyTests
{
    private static readonly DocxTemplate Template = DocxTemplate.Compile(
        DocxBuilder.Body(WordXml.P("", WordXml.R("[{{title}}]"))), "Test.docx",
        TemplateShape.RecordOf(("title", TemplateShape.Text)));

    [Fact]
    public void Render_AnyText_GivesAValidDocumentThatReadsBackAsTheText()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), value =>
        {
            var docx = Template.Render(new Dictionary<string, object?> { ["title"] = value });

            return DocxReader.ValidationErrors(docx).Count == 0 &&
                DocxReader.Paragraphs(docx).SequenceEqual(["[" + AsWordShowsIt(value ?? string.Empty) + "]"]);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
    }

    /// <summary>Line breaks become breaks, tabs stay tabs, characters XML cannot hold are dropped.</summary>
    private static string AsWordShowsIt(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '\r' or '\n')
            {
                text.Append('\n');
            }
            else if (c == '\t' || (c >= ' ' && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF'))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
