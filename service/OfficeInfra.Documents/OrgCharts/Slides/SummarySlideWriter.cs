using OfficeInfra.Registers.Model;
using static OfficeInfra.Documents.OrgCharts.Slides.XmlText;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The closing slide: per department its roles, vacancies, mix of role types and tasks per role, with a total row,
/// and the roles that carry the most tasks.
/// </summary>
internal static class SummarySlideWriter
{
    public static SlideCanvas Write(string title, IReadOnlyList<DepartmentFigures> departments, string busiestRoles, ChartWords words)
    {
        var canvas = new SlideCanvas(words.RunLanguage);
        var vacant = departments.Sum(d => d.Vacant);
        SlideDecor.AddTitle(canvas, title, words.RolesInDepartments(departments.Sum(d => d.Roles), departments.Count, vacant));
        string[] headers = [.. words.SummaryHeaders.Take(3), .. Palette.RoleTypes.Select(words.RoleType), .. words.SummaryHeaders.Skip(3)];
        var rows = new List<string[]> { headers };
        rows.AddRange(departments.Select(d => Row(d, words)));
        var total = new DepartmentFigures(words.Total, departments.Sum(d => d.Roles), vacant,
            Enum.GetValues<RoleType>().ToDictionary(t => t, t => departments.Sum(d => d.Types[t])), departments.Sum(d => d.Tasks));
        rows.Add(Row(total, words));
        var area = new Rect(300_000, 1_050_000, SlideCanvas.SlideWidth - 600_000, 4_700_000);
        var rowHeight = Math.Max(300_000, Math.Min(380_000, area.Height / rows.Count));
        var fontSize = Math.Clamp(rowHeight / 12_700 * 0.5, 10.5, 12);
        var first = area.Width * 0.22;
        var other = Math.Floor((area.Width - first) / (headers.Length - 1));
        canvas.AddRaw(id => SlideTable.Xml(id, "Summary table", area.X, area.Y, [first, .. Enumerable.Repeat(other, headers.Length - 1)],
            rows.Select((row, r) => Cells(row, r, rows.Count, fontSize)).ToList(), rowHeight, fontSize, words.RunLanguage));
        canvas.AddShape("Busiest roles", new Rect(300_000, area.Y + (rowHeight * rows.Count) + 200_000, SlideCanvas.SlideWidth - 600_000, 700_000), "rect", null, null, 0,
            [new TextRun(busiestRoles, 11, Palette.SecondaryText)], align: "l", anchor: "t");
        return canvas;
    }

    private static string[] Row(DepartmentFigures d, ChartWords words) =>
        [d.Department, Int(d.Roles), Int(d.Vacant), .. Palette.RoleTypes.Select(t => Int(d.Types[t])), Int(d.Tasks),
         d.Roles == 0 ? "–" : words.Number(d.Tasks / (double)d.Roles, "0.0")];

    // The header row white on dark blue, then banded rows, the total in bold; a department's vacancies in red.
    private static List<SlideTable.Cell> Cells(string[] row, int r, int count, double fontSize)
    {
        var header = r == 0;
        var fill = header ? Palette.HeaderFill : r % 2 == 0 ? Palette.BandFill : "FFFFFF";
        return row.Select((text, c) => new SlideTable.Cell(text, Bold: header || r == count - 1,
            Colour: header ? "FFFFFF" : c == 2 && text != "0" ? Palette.VacantRed : Palette.TitleText, Fill: fill, Align: c == 0 ? "l" : "r",
            Points: header ? fontSize - 1.5 : fontSize)).ToList();
    }
}
