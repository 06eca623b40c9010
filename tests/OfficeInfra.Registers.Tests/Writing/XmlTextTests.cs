using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Registers.Writing;

namespace OfficeInfra.Registers.Tests.Writing;

/// <summary>The one place register text is made fit for XML: what XML cannot hold goes, line breaks stay.</summary>
public sealed class XmlTextTests
{
    [Theory]
    [InlineData("Book the courier\ncollection")]
    [InlineData("Book the courier\r\ncollection")]
    [InlineData("Book the courier\rcollection")]
    public void Escape_LineBreak_StaysALineBreakInTextAndInAnAttribute(string text)
    {
        var (element, attribute) = ReadBack(XmlText.Escape(text));

        element.Should().Be("Book the courier\ncollection");
        attribute.Should().Be("Book the courier\ncollection", "a plain line break in an attribute would be read as a space");
    }

    [Fact]
    public void Escape_MarkupAndCharactersXmlCannotHold_EscapedAndDropped()
    {
        XmlText.Escape("R&D <\"lab\"> \u0001\u0007\u001F\uFFFE\uD800 ok \uD83D\uDE00\t'x'")
            .Should().Be("R&amp;D &lt;&quot;lab&quot;&gt;  ok \uD83D\uDE00\t'x'");
    }

    [Fact]
    public void Escape_PlainText_IsHandedBackAsItIs()
    {
        const string title = "Head of Quality – Şirket 公司";

        XmlText.Escape(title).Should().BeSameAs(title);
    }

    [Fact]
    public void Escape_AnyText_ReadsBackAsTheCleanTextWithItsLineBreaks()
    {
        var texts = from text in ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty)
                    from extra in Gen.Elements("\n", "\r\n", "\r", "&", "<", "\u0001", "\uDC00", "")
                    select text.Insert(text.Length / 2, extra);
        Check.QuickThrowOnFailure(Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var expected = XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            var (element, attribute) = ReadBack(XmlText.Escape(text));

            element.Should().Be(expected);
            attribute.Should().Be(expected.Replace('\t', ' '), "a tab in an attribute is read as a space, as XML says");
            string.Join('\n', XmlText.Lines(expected)).Should().Be(expected);
        }));
    }

    [Theory]
    [InlineData("one", new[] { "one" })]
    [InlineData("one\r\ntwo\rthree\nfour", new[] { "one", "two", "three", "four" })]
    [InlineData("\n", new[] { "", "" })]
    public void Lines_Text_CutAtEachLineBreak(string text, string[] lines)
    {
        XmlText.Lines(text).Should().Equal(lines);
    }

    private static (string Element, string Attribute) ReadBack(string escaped)
    {
        var xml = XElement.Parse($"<t a=\"{escaped}\">{escaped}</t>", LoadOptions.PreserveWhitespace);
        return (xml.Value, xml.Attribute("a")!.Value);
    }
}
