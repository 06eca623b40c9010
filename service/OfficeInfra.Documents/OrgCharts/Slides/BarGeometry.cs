using System.Text;
using static OfficeInfra.Documents.OrgCharts.Slides.XmlNumbers;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// A manager's box drawn as a bar over a wide grid of reports: a rounded rectangle like the other boxes (PowerPoint's
/// roundRect, corners a sixth of the shorter side) with a connection site on its bottom edge above each column's
/// trunk, after the four every box has (top, left, bottom, right), so each column's line rises straight into it.
/// </summary>
internal static class BarGeometry
{
    /// <summary>The index of the first site over a column (sites 0–3 are the usual four).</summary>
    public const int FirstColumnSite = 4;

    private const string Down = "5400000";

    /// <summary>The custom geometry of a <paramref name="width"/> × <paramref name="height"/> bar with sites at <paramref name="sites"/> (EMU from its left edge).</summary>
    public static string Xml(double width, double height, IReadOnlyList<double> sites)
    {
        var (w, h, r) = (Emu(width), Emu(height), Math.Min(width, height) / 6);
        var xml = new StringBuilder("<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst>")
            .Append("<a:cxn ang=\"16200000\"><a:pos x=\"hc\" y=\"t\"/></a:cxn><a:cxn ang=\"10800000\"><a:pos x=\"l\" y=\"vc\"/></a:cxn>")
            .Append("<a:cxn ang=\"").Append(Down).Append("\"><a:pos x=\"hc\" y=\"b\"/></a:cxn><a:cxn ang=\"0\"><a:pos x=\"r\" y=\"vc\"/></a:cxn>");
        foreach (var site in sites)
        {
            xml.Append("<a:cxn ang=\"").Append(Down).Append("\"><a:pos x=\"").Append(Emu(site)).Append("\" y=\"").Append(h).Append("\"/></a:cxn>");
        }
        string Point(double x, double y) => $"<a:pt x=\"{Emu(x)}\" y=\"{Emu(y)}\"/>";
        string Arc(string start) => $"<a:arcTo wR=\"{Emu(r)}\" hR=\"{Emu(r)}\" stAng=\"{start}\" swAng=\"5400000\"/>";
        return xml.Append("</a:cxnLst><a:rect l=\"l\" t=\"t\" r=\"r\" b=\"b\"/><a:pathLst><a:path w=\"").Append(w).Append("\" h=\"").Append(h).Append("\">")
            .Append("<a:moveTo>").Append(Point(0, r)).Append("</a:moveTo>").Append(Arc("10800000"))
            .Append("<a:lnTo>").Append(Point(width - r, 0)).Append("</a:lnTo>").Append(Arc("16200000"))
            .Append("<a:lnTo>").Append(Point(width, height - r)).Append("</a:lnTo>").Append(Arc("0"))
            .Append("<a:lnTo>").Append(Point(r, height)).Append("</a:lnTo>").Append(Arc(Down))
            .Append("<a:close/></a:path></a:pathLst></a:custGeom>").ToString();
    }
}
