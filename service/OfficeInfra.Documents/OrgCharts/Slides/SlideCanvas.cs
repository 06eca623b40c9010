using System.Text;
using static OfficeInfra.Documents.OrgCharts.Slides.XmlNumbers;
using static OfficeInfra.Registers.Writing.XmlText;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Writes the shape tree of one slide. Shape ids are handed out in order, so the same content always gives the same
/// XML; connectors refer to boxes by these ids.
/// </summary>
/// <param name="language">The language of the slide's text (spelling, line breaking and the choice of font for its
/// script): the organisation's (<see cref="ChartWords.RunLanguage"/>), for every slide of every deck.</param>
internal sealed class SlideCanvas(RunLanguage language)
{
    public const double SlideWidth = 12_192_000;
    private const string Ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    private readonly RunLanguage _language = language;
    private readonly StringBuilder _shapes = new();
    private readonly List<int> _linkedSlides = [];
    private int _nextId = 2;

    /// <summary>Slide numbers this slide links to (their relationships are named rIdS{number}).</summary>
    public IReadOnlyList<int> LinkedSlides => _linkedSlides;

    /// <summary>Adds a text shape and returns its id.</summary>
    /// <param name="description">Alt text a screen reader says for the shape.</param>
    /// <param name="titlePlaceholder">True for the slide's title: PowerPoint's outline and accessibility checker read it.</param>
    /// <param name="barSites">For a manager drawn as a bar (<see cref="BarGeometry"/>), its bottom edge's column sites; the geometry is then the bar's.</param>
    public int AddShape(string name, Rect rect, string geometry, string? fill, string? outline, double outlineWidth,
        IReadOnlyList<TextRun> paragraphs, string align = "ctr", string anchor = "ctr", double inset = 45_720,
        double leftInset = -1, int? linkToSlide = null, string? description = null, bool titlePlaceholder = false,
        IReadOnlyList<double>? barSites = null)
    {
        var id = _nextId++;
        _shapes.Append("<p:sp><p:nvSpPr><p:cNvPr id=\"").Append(Int(id)).Append("\" name=\"").Append(Escape(name)).Append('"');
        if (description is not null)
        {
            _shapes.Append(" descr=\"").Append(Escape(description)).Append('"');
        }
        if (linkToSlide is { } target)
        {
            _shapes.Append('>');
            AppendLink(target);
            _shapes.Append("</p:cNvPr>");
        }
        else
        {
            _shapes.Append("/>");
        }
        _shapes.Append(titlePlaceholder
            ? "<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr>"
            : "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>");
        AppendTransform(rect, null, false, false);
        _shapes.Append(barSites is null ? $"<a:prstGeom prst=\"{geometry}\"><a:avLst/></a:prstGeom>" : BarGeometry.Xml(rect.Width, rect.Height, barSites));
        _shapes.Append(fill is null ? "<a:noFill/>" : $"<a:solidFill><a:srgbClr val=\"{fill}\"/></a:solidFill>");
        _shapes.Append(outline is null
            ? "<a:ln><a:noFill/></a:ln>"
            : $"<a:ln w=\"{Emu(outlineWidth)}\"><a:solidFill><a:srgbClr val=\"{outline}\"/></a:solidFill></a:ln>");
        _shapes.Append("</p:spPr><p:txBody><a:bodyPr wrap=\"square\" lIns=\"").Append(Emu(leftInset < 0 ? inset : leftInset))
            .Append("\" tIns=\"").Append(Emu(inset / 2)).Append("\" rIns=\"").Append(Emu(inset)).Append("\" bIns=\"")
            .Append(Emu(inset / 2)).Append("\" anchor=\"").Append(anchor).Append("\"/><a:lstStyle/>");
        AppendParagraphs(paragraphs, align);
        _shapes.Append("</p:txBody></p:sp>");
        return id;
    }

    private void AppendParagraphs(IReadOnlyList<TextRun> paragraphs, string align)
    {
        if (paragraphs.Count == 0)
        {
            _shapes.Append("<a:p><a:endParaRPr").Append(_language.EmptyParagraph).Append("/></a:p>");
        }
        foreach (var run in paragraphs)
        {
            _shapes.Append("<a:p><a:pPr algn=\"").Append(align).Append("\"/>");
            var properties = new StringBuilder(" sz=\"").Append(FontSize(run.Points)).Append('"');
            if (run.Bold)
            {
                properties.Append(" b=\"1\"");
            }
            if (run.Italic && _language.HasItalics)
            {
                properties.Append(" i=\"1\"");
            }
            properties.Append(" dirty=\"0\"><a:solidFill><a:srgbClr val=\"").Append(run.Colour).Append("\"/></a:solidFill>")
                .Append("<a:latin typeface=\"Calibri\"/>");
            if (run.LinkToSlide is { } runTarget)
            {
                _linkedSlides.Add(runTarget);
                properties.Append(Link(runTarget));
            }
            _language.AppendRuns(_shapes, run.Text, properties.Append("</a:rPr>").ToString());
            _shapes.Append("</a:p>");
        }
    }

    private void AppendLink(int slide)
    {
        _linkedSlides.Add(slide);
        _shapes.Append(Link(slide));
    }

    private static string Link(int slide) => $"<a:hlinkClick r:id=\"rIdS{Int(slide)}\" action=\"ppaction://hlinksldjump\"/>";

    /// <summary>Starts a group (shapes added until <see cref="EndGroup"/> move together); its box is <paramref name="rect"/>.</summary>
    public void BeginGroup(string name, Rect rect)
    {
        var id = _nextId++;
        _shapes.Append("<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"").Append(Int(id)).Append("\" name=\"").Append(Escape(name))
            .Append("\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"").Append(Emu(rect.X)).Append("\" y=\"")
            .Append(Emu(rect.Y)).Append("\"/><a:ext cx=\"").Append(Emu(rect.Width)).Append("\" cy=\"").Append(Emu(rect.Height))
            .Append("\"/><a:chOff x=\"").Append(Emu(rect.X)).Append("\" y=\"").Append(Emu(rect.Y)).Append("\"/><a:chExt cx=\"")
            .Append(Emu(rect.Width)).Append("\" cy=\"").Append(Emu(rect.Height)).Append("\"/></a:xfrm></p:grpSpPr>");
    }

    public void EndGroup() => _shapes.Append("</p:grpSp>");

    /// <summary>Adds an elbow or straight connector glued to two shapes' connection sites.</summary>
    public void AddConnector(Connector connector, int startId, int startSite, int endId, int endSite, string? description = null)
    {
        var id = _nextId++;
        _shapes.Append("<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"").Append(Int(id)).Append("\" name=\"Connector ").Append(Int(id)).Append('"');
        if (description is not null)
        {
            _shapes.Append(" descr=\"").Append(Escape(description)).Append('"');
        }
        _shapes.Append("/><p:cNvCxnSpPr><a:stCxn id=\"").Append(Int(startId)).Append("\" idx=\"").Append(Int(startSite))
            .Append("\"/><a:endCxn id=\"").Append(Int(endId)).Append("\" idx=\"").Append(Int(endSite))
            .Append("\"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>");
        AppendTransform(connector.Rect, connector.Rotation, connector.FlipH, connector.FlipV);
        _shapes.Append("<a:prstGeom prst=\"").Append(connector.Geometry).Append("\"><a:avLst>");
        var adjusts = connector.Adjusts;
        for (var i = 0; i < adjusts.Count; i++)
        {
            _shapes.Append("<a:gd name=\"adj").Append(Int(i + 1)).Append("\" fmla=\"val ").Append(Int((long)Math.Round(adjusts[i] * 100_000))).Append("\"/>");
        }
        _shapes.Append("</a:avLst></a:prstGeom><a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"").Append(Palette.Line)
            .Append("\"/></a:solidFill></a:ln></p:spPr></p:cxnSp>");
    }

    /// <summary>Adds raw, already escaped shape XML (tables) and returns the id reserved for it.</summary>
    public int AddRaw(Func<int, string> shapeXml)
    {
        var id = _nextId++;
        _shapes.Append(shapeXml(id));
        return id;
    }

    /// <summary>The complete slide part.</summary>
    public string ToSlideXml() =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sld {Ns}><p:cSld><p:spTree>" +
        "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>" +
        "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>" +
        _shapes + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";

    private void AppendTransform(Rect rect, int? rotation, bool flipH, bool flipV)
    {
        _shapes.Append("<a:xfrm");
        if (rotation is { } rot and not 0)
        {
            _shapes.Append(" rot=\"").Append(Int(rot)).Append('"');
        }
        if (flipH)
        {
            _shapes.Append(" flipH=\"1\"");
        }
        if (flipV)
        {
            _shapes.Append(" flipV=\"1\"");
        }
        _shapes.Append("><a:off x=\"").Append(Emu(rect.X)).Append("\" y=\"").Append(Emu(rect.Y)).Append("\"/><a:ext cx=\"")
            .Append(Emu(rect.Width)).Append("\" cy=\"").Append(Emu(rect.Height)).Append("\"/></a:xfrm>");
    }
}
