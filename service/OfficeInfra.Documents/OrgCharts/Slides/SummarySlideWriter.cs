using System.Globalization;
using System.Text;
using OfficeInfra.Registers.Model;
using static OfficeInfra.Documents.OrgCharts.Slides.XmlText;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The closing slide: per department its roles, vacancies, mix of role types and tasks per role, with a total row,
/// and the roles that carry the most tasks.
/// </summary>
internal static class SummarySlideWriter
{
    private static readonly string[] Headers =
        [.. ChartWords.SummaryHeaders[..3], .. Palette.RoleTypes.Select(Palette.NameOf), .. ChartWords.SummaryHeaders[3..]];

    public static SlideCanvas Write(string title, IReadOnlyList<DepartmentFigures> departments, string busiestRoles)
    {
        var canvas = new SlideCanvas();
        var vacant = departments.Sum(d => d.Vacant);
        SlideDecor.AddTitle(canvas, title, ChartWords.RolesInDepartments(departments.Sum(d => d.Roles), departments.Count, vacant));
        var rows = new List<string[]> { Headers };
        rows.AddRange(departments.Select(Row));
        var total = new DepartmentFigures(ChartWords.Total, departments.Sum(d => d.Roles), vacant,
            Enum.GetValues<RoleType>().ToDictionary(t => t, t => departments.Sum(d => d.Types[t])), departments.Sum(d => d.Tasks));
        rows.Add(Row(total));
        var area = new Rect(300_000, 1_050_000, SlideCanvas.SlideWidth - 600_000, 4_700_000);
        var rowHeight = Math.Max(300_000, Math.Min(380_000, area.Height / rows.Count));
        var fontSize = Math.Clamp(rowHeight / 12_700 * 0.5, 10.5, 12);
        canvas.AddRaw(id => Table(id, area with { Height = rowHeight * rows.Count }, rows, rowHeight, fontSize));
        canvas.AddShape("Busiest roles", new Rect(300_000, area.Y + (rowHeight * rows.Count) + 200_000, SlideCanvas.SlideWidth - 600_000, 700_000), "rect", null, null, 0,
            [new TextRun(busiestRoles, 11, Palette.SecondaryText)], align: "l", anchor: "t");
        return canvas;
    }

    private static string[] Row(DepartmentFigures d) =>
        [d.Department, Int(d.Roles), Int(d.Vacant), .. Palette.RoleTypes.Select(t => Int(d.Types[t])), Int(d.Tasks),
         d.Roles == 0 ? "–" : (d.Tasks / (double)d.Roles).ToString("0.0", CultureInfo.InvariantCulture)];

    private static string Table(int id, Rect area, List<string[]> rows, double rowHeight, double fontSize)
    {
        var first = area.Width * 0.22;
        var other = Math.Floor((area.Width - first) / (Headers.Length - 1));
        var xml = new StringBuilder();
        xml.Append("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"").Append(Int(id))
            .Append("\" name=\"Summary table\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>")
            .Append("<p:xfrm><a:off x=\"").Append(Emu(area.X)).Append("\" y=\"").Append(Emu(area.Y)).Append("\"/><a:ext cx=\"")
            .Append(Emu(first + (other * (Headers.Length - 1)))).Append("\" cy=\"").Append(Emu(area.Height)).Append("\"/></p:xfrm>")
            .Append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>")
            .Append("<a:gridCol w=\"").Append(Emu(first)).Append("\"/>");
        for (var i = 1; i < Headers.Length; i++)
        {
            xml.Append("<a:gridCol w=\"").Append(Emu(other)).Append("\"/>");
        }
        xml.Append("</a:tblGrid>");
        for (var r = 0; r < rows.Count; r++)
        {
            var header = r == 0;
            var totalRow = r == rows.Count - 1;
            xml.Append("<a:tr h=\"").Append(Emu(rowHeight)).Append("\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var colour = header ? "FFFFFF" : c == 2 && r > 0 && rows[r][2] != "0" ? Palette.VacantRed : Palette.TitleText;
                var fill = header ? Palette.HeaderFill : r % 2 == 0 ? Palette.BandFill : "FFFFFF";
                xml.Append("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn=\"").Append(c == 0 ? "l" : "r")
                    .Append("\"/><a:r><a:rPr lang=\"en-GB\" sz=\"").Append(FontSize(header ? fontSize - 1.5 : fontSize)).Append('"')
                    .Append(header || totalRow ? " b=\"1\"" : string.Empty).Append(" dirty=\"0\"><a:solidFill><a:srgbClr val=\"").Append(colour)
                    .Append("\"/></a:solidFill></a:rPr><a:t>").Append(Escape(rows[r][c])).Append("</a:t></a:r></a:p></a:txBody>")
                    .Append("<a:tcPr marL=\"45720\" marR=\"45720\" marT=\"22860\" marB=\"22860\" anchor=\"ctr\"><a:solidFill><a:srgbClr val=\"")
                    .Append(fill).Append("\"/></a:solidFill></a:tcPr></a:tc>");
            }
            xml.Append("</a:tr>");
        }
        return xml.Append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>").ToString();
    }
}
