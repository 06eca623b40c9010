namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The smallest master, layout and theme that PowerPoint, Impress and the OpenXML validator all accept: one
/// title-only layout (every slide's title sits in a real title placeholder, which the outline view and the
/// accessibility checker read), and a theme with the colour, font and format schemes the schema requires.
/// </summary>
internal static class DeckSkeleton
{
    private const string Decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string A = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
    private const string Ns = A + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
    private const string TreeStart = "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>" +
        "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

    private const string TitlePlaceholder = "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>" +
        "<p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"300000\" y=\"150000\"/><a:ext cx=\"11592000\" cy=\"560000\"/></a:xfrm>" +
        "</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-GB\"/></a:p></p:txBody></p:sp>";

    private const string TitleTree = TreeStart + TitlePlaceholder + "</p:spTree>";

    /// <summary>
    /// presentation.xml for slides related as rIdS1, rIdS2, … (master rId1, theme rId2), grouped into PowerPoint
    /// sections (name and number of slides each, in order).
    /// </summary>
    public static string Presentation(int slideCount, IReadOnlyList<(string Name, int Slides)> sections)
    {
        var slides = string.Concat(Enumerable.Range(1, slideCount).Select(n => $"<p:sldId id=\"{255 + n}\" r:id=\"rIdS{n}\"/>"));
        return $"{Decl}<p:presentation {Ns} saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>" +
            (slideCount > 0 ? $"<p:sldIdLst>{slides}</p:sldIdLst>" : string.Empty) +
            "<p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>" + Sections(sections) + "</p:presentation>";
    }

    // Section ids are GUIDs PowerPoint only needs unique in the file; numbered ones keep the output byte-identical.
    private static string Sections(IReadOnlyList<(string Name, int Slides)> sections)
    {
        if (sections.Count == 0)
        {
            return string.Empty;
        }
        var xml = new System.Text.StringBuilder("<p:extLst><p:ext uri=\"{521415D9-36F7-43E2-AB2F-B90AF26B5E84}\">" +
            "<p14:sectionLst xmlns:p14=\"http://schemas.microsoft.com/office/powerpoint/2010/main\">");
        var next = 256;
        for (var i = 0; i < sections.Count; i++)
        {
            xml.Append("<p14:section name=\"").Append(Registers.Writing.XmlText.Escape(sections[i].Name)).Append("\" id=\"{")
                .Append(XmlNumbers.Int(i + 1).PadLeft(8, '0')).Append("-0000-4000-8000-000000000000}\"><p14:sldIdLst>");
            for (var n = 0; n < sections[i].Slides; n++)
            {
                xml.Append("<p14:sldId id=\"").Append(XmlNumbers.Int(next++)).Append("\"/>");
            }
            xml.Append("</p14:sldIdLst></p14:section>");
        }
        return xml.Append("</p14:sectionLst></p:ext></p:extLst>").ToString();
    }

    public static string Master =>
        $"{Decl}<p:sldMaster {Ns}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>{TitleTree}</p:cSld>" +
        "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" " +
        "accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>" +
        "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>";

    public static string Layout =>
        $"{Decl}<p:sldLayout {Ns} type=\"titleOnly\" preserve=\"1\"><p:cSld name=\"Title Only\">{TitleTree}</p:cSld>" +
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";

    public static string Theme
    {
        get
        {
            static string Colour(string name, string value) => $"<a:{name}><a:srgbClr val=\"{value}\"/></a:{name}>";
            static string Fonts(string kind) => $"<a:{kind}><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:{kind}>";
            const string Fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
            var lines = $"<a:ln w=\"6350\">{Fill}</a:ln><a:ln w=\"12700\">{Fill}</a:ln><a:ln w=\"19050\">{Fill}</a:ln>";
            return $"{Decl}<a:theme {A} name=\"OfficeInfra\"><a:themeElements><a:clrScheme name=\"OfficeInfra\">" +
                Colour("dk1", "000000") + Colour("lt1", "FFFFFF") + Colour("dk2", "1F2D3D") + Colour("lt2", "E7E6E6") +
                Colour("accent1", "2E75B6") + Colour("accent2", "ED7D31") + Colour("accent3", "7030A0") +
                Colour("accent4", "70AD47") + Colour("accent5", "FFC000") + Colour("accent6", "5B9BD5") +
                Colour("hlink", "0563C1") + Colour("folHlink", "954F72") + "</a:clrScheme>" +
                $"<a:fontScheme name=\"OfficeInfra\">{Fonts("majorFont")}{Fonts("minorFont")}</a:fontScheme>" +
                $"<a:fmtScheme name=\"OfficeInfra\"><a:fillStyleLst>{Fill}{Fill}{Fill}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst>" +
                "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>" +
                $"<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>{Fill}{Fill}{Fill}</a:bgFillStyleLst>" +
                "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
        }
    }
}
