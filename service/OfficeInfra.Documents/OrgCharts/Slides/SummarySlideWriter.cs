using static OfficeInfra.Documents.OrgCharts.Slides.XmlNumbers;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// The closing slide: per department its roles, vacancies, mix of role types, levels and largest team, with a total
/// row, and the roles with the most direct reports. Structure only: the workload per role is Delegation.xlsx's, so a
/// task added leaves the deck byte for byte as it was (SPEC §3a).
/// </summary>
internal static class SummarySlideWriter
{
    /// <param name="widestTeams">The line under the table (<see cref="ChartWords.MostReports"/>).</param>
    public static SlideCanvas Write(string title, IReadOnlyList<DepartmentFigures> departments, DepartmentFigures total, string widestTeams,
        ChartWords words)
    {
        var canvas = new SlideCanvas(words.RunLanguage);
        var headcountOnly = departments.Any(d => d.HeadcountOnly is not null);
        SlideDecor.AddTitle(canvas, title, words.RolesInDepartments(total.Roles, departments.Count, total.Vacant, headcountOnly));
        if (headcountOnly)
        {
            widestTeams += " " + words.HeadcountOnlyNote;
        }
        string[] headers = [.. words.SummaryHeaders.Take(3), .. Palette.RoleTypes.Select(words.RoleType), .. words.SummaryHeaders.Skip(3)];
        var rows = new List<string[]> { headers };
        rows.AddRange(departments.Select(Row));
        rows.Add(Row(total));
        var area = new Rect(300_000, 1_050_000, SlideCanvas.SlideWidth - 600_000, 4_700_000);
        var rowHeight = Math.Max(300_000, Math.Min(380_000, area.Height / rows.Count));
        var fontSize = Math.Clamp(rowHeight / 12_700 * 0.5, 10.5, 12);
        var first = area.Width * 0.22;
        var other = Math.Floor((area.Width - first) / (headers.Length - 1));
        canvas.AddRaw(id => SlideTable.Xml(id, "Summary table", area.X, area.Y, [first, .. Enumerable.Repeat(other, headers.Length - 1)],
            rows.Select((row, r) => Cells(row, r, rows.Count, fontSize)).ToList(), rowHeight, fontSize, words.RunLanguage));
        canvas.AddShape("Largest teams", new Rect(300_000, area.Y + (rowHeight * rows.Count) + 200_000, SlideCanvas.SlideWidth - 600_000, 700_000), "rect", null, null, 0,
            [new TextRun(widestTeams, 11, Palette.SecondaryText)], align: "l", anchor: "t");
        return canvas;
    }

    // A department shown by its headcount only: a dash in every other column.
    private static string[] Row(DepartmentFigures d) => d.HeadcountOnly is not null
        ? [d.Department, Int(d.Roles), .. Enumerable.Repeat(HeadcountOnly, 3 + Palette.RoleTypes.Count)]
        : [d.Department, Int(d.Roles), Int(d.Vacant), .. Palette.RoleTypes.Select(t => Int(d.Types[t])), Int(d.Levels), Int(d.LargestTeam)];

    private const string HeadcountOnly = "–";

    // The header row white on dark blue, then banded rows, the total in bold; a department's vacancies in red.
    private static List<SlideTable.Cell> Cells(string[] row, int r, int count, double fontSize)
    {
        var header = r == 0;
        var fill = header ? Palette.HeaderFill : r % 2 == 0 ? Palette.BandFill : "FFFFFF";
        return row.Select((text, c) => new SlideTable.Cell(text, Bold: header || r == count - 1,
            Colour: header ? "FFFFFF" : c == 2 && text is not ("0" or HeadcountOnly) ? Palette.VacantRed : Palette.TitleText, Fill: fill, Align: c == 0 ? "l" : "r",
            Points: header ? fontSize - 1.5 : fontSize)).ToList();
    }
}
