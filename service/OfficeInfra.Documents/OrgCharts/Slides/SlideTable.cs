using System.Text;
using static OfficeInfra.Documents.OrgCharts.Slides.XmlNumbers;
using static OfficeInfra.Registers.Writing.XmlText;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>A real PowerPoint table (a:tbl): what the summary's figures and the title slide's document control use.</summary>
internal static class SlideTable
{
    /// <summary>One cell: its text and how it is drawn (<paramref name="Fill"/> null: no fill; <paramref name="Points"/> null: the table's size).</summary>
    public sealed record Cell(string Text, bool Bold = false, string Colour = Palette.TitleText, string? Fill = null, string Align = "l",
        double? Points = null);

    /// <summary>The table's graphic frame, with shape id <paramref name="id"/>, columns <paramref name="widths"/> wide (EMU).</summary>
    public static string Xml(int id, string name, double x, double y, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<Cell>> rows,
        double rowHeight, double fontSize, RunLanguage language)
    {
        var xml = new StringBuilder();
        xml.Append("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"").Append(Int(id)).Append("\" name=\"").Append(Escape(name))
            .Append("\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
            .Append("<p:xfrm><a:off x=\"").Append(Emu(x)).Append("\" y=\"").Append(Emu(y)).Append("\"/><a:ext cx=\"")
            .Append(Emu(widths.Sum())).Append("\" cy=\"").Append(Emu(rowHeight * rows.Count)).Append("\"/></p:xfrm>")
            .Append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>");
        foreach (var width in widths)
        {
            xml.Append("<a:gridCol w=\"").Append(Emu(width)).Append("\"/>");
        }
        xml.Append("</a:tblGrid>");
        foreach (var row in rows)
        {
            xml.Append("<a:tr h=\"").Append(Emu(rowHeight)).Append("\">");
            foreach (var cell in row)
            {
                xml.Append("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn=\"").Append(cell.Align)
                    .Append("\"/>");
                language.AppendRuns(xml, cell.Text, $" sz=\"{FontSize(cell.Points ?? fontSize)}\"{(cell.Bold ? " b=\"1\"" : string.Empty)} dirty=\"0\">" +
                    $"<a:solidFill><a:srgbClr val=\"{cell.Colour}\"/></a:solidFill></a:rPr>");
                xml.Append("</a:p></a:txBody>")
                    .Append("<a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\" anchor=\"ctr\">")
                    .Append(cell.Fill is null ? "<a:noFill/>" : $"<a:solidFill><a:srgbClr val=\"{cell.Fill}\"/></a:solidFill>")
                    .Append("</a:tcPr></a:tc>");
            }
            xml.Append("</a:tr>");
        }
        return xml.Append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>").ToString();
    }
}
