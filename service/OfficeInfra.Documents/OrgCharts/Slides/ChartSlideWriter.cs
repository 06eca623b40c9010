using OfficeInfra.Documents.OrgCharts.Layout;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Draws one chart page: the title, the boxes (role title, holder or "Vacant", a badge with the role type's letter,
/// grouped with its box), the reporting lines as connectors glued to the boxes, and the legend.
/// </summary>
internal static class ChartSlideWriter
{
    /// <summary>Where charts go on the slide, between the title and the legend.</summary>
    public static Rect ChartArea { get; } = new(300_000, 1_050_000, SlideCanvas.SlideWidth - 600_000, 5_100_000);

    private const int TopSite = 0, LeftSite = 1, BottomSite = 2, RightSite = 3;

    /// <summary>
    /// What a box says beyond the role: a department line (organisation chart) and further lines (who covers a
    /// vacancy, what a Confidential department's head stands for); and the language the chart's words are in.
    /// </summary>
    public sealed record Notes(bool ShowDepartment, Func<Role, IEnumerable<string>> Extra, ChartWords Words);

    public static SlideCanvas Write(FittedPage fitted, string title, string subtitle, int? backTo, Notes notes)
    {
        var words = notes.Words;
        var canvas = new SlideCanvas(words.RunLanguage);
        SlideDecor.AddTitle(canvas, title, subtitle, backTo);
        var layout = fitted.Layout;
        var scale = fitted.Scale;
        var area = ChartArea;
        var left = area.X + ((area.Width - (layout.Width * scale)) / 2);
        var top = area.Y + Math.Min(300_000, Math.Max(0, (area.Height - (layout.Height * scale)) / 2));
        var rects = layout.Boxes.Select(b => new Rect(
            Math.Round(left + (b.X * scale)), Math.Round(top + (b.Y * scale)),
            Math.Round(b.Width * scale), Math.Round(b.Height * scale))).ToList();
        var font = BoxText.At(scale);
        var ids = new int[rects.Count];
        // A bar's sites, in EMU from its left edge on the slide.
        var sites = layout.Boxes.Select(b => b.Sites?.Select(x => Math.Round(x * scale)).ToList()).ToList();
        for (var i = 0; i < rects.Count; i++)
        {
            ids[i] = AddBox(canvas, layout.Boxes[i].Node, rects[i], scale, notes, font, sites[i]);
        }
        if (rects.Count == 0)
        {
            canvas.AddShape("Empty", area with { Height = 600_000 }, "rect", null, null, 0,
                [new TextRun(words.NoRolesYet, 16, Palette.SecondaryText, Italic: true)]);
        }
        foreach (var edge in layout.Edges)
        {
            var (from, to) = (rects[edge.From], rects[edge.To]);
            var (sx, sy) = (from.X + Math.Round(from.Width / 2), from.Bottom);
            var busY = top + (edge.BusY * scale);
            var (manager, report) = (layout.Boxes[edge.From].Node.Role!.Title.Trim(), layout.Boxes[edge.To].Node);
            var description = report.Role is { } role
                ? words.LineDescription(manager, role.Title.Trim())
                : words.MoreLineDescription(manager, report.ContinuedRoles);
            if (edge.Kind == EdgeKind.Top)
            {
                canvas.AddConnector(ConnectorGeometry.ToTop(sx, sy, to.X + Math.Round(to.Width / 2), to.Y, busY),
                    ids[edge.From], BottomSite, ids[edge.To], TopSite, description);
            }
            else if (edge.Site is { } site)
            {
                canvas.AddConnector(ConnectorGeometry.IntoBar(to.X, to.Y + Math.Round(to.Height / 2), from.X + sites[edge.From]![site], sy),
                    ids[edge.To], LeftSite, ids[edge.From], BarGeometry.FirstColumnSite + site, description);
            }
            else
            {
                var trunk = left + (edge.TrunkX * scale);
                var fromRight = trunk > to.Right;
                canvas.AddConnector(ConnectorGeometry.FromSide(fromRight ? to.Right : to.X, to.Y + Math.Round(to.Height / 2), sx, sy, busY, trunk),
                    ids[edge.To], fromRight ? RightSite : LeftSite, ids[edge.From], BottomSite, description);
            }
        }
        SlideDecor.AddLegend(canvas, words);
        return canvas;
    }

    private static double Inset(double scale) => BoxSize.Inset * Math.Min(1, scale);

    /// <summary>The paragraphs of a role's box at type sizes <paramref name="font"/>.</summary>
    public static List<TextRun> RunsOf(Role role, Notes notes, (double Title, double Other) font)
    {
        var vacant = role.IsVacant;
        var holder = vacant ? notes.Words.Vacant : role.Holder?.Trim() ?? string.Empty;
        var runs = new List<TextRun>
        {
            new(role.Title.Trim(), font.Title, vacant ? Palette.VacantRed : Palette.TitleText, Bold: true),
            new(holder, font.Other, vacant ? Palette.VacantRed : Palette.SecondaryText, Italic: vacant),
        };
        runs.AddRange(notes.Extra(role).Select(extra => new TextRun(extra, font.Other, Palette.SecondaryText)));
        return runs;
    }

    /// <summary>Every paragraph of a role's box: <see cref="RunsOf"/> and the note (<see cref="NoteOf"/>).</summary>
    public static List<TextRun> BoxRuns(OrgNode node, Notes notes, (double Title, double Other) font)
    {
        var runs = RunsOf(node.Role!, notes, font);
        if (NoteOf(node, notes) is { } note)
        {
            runs.Add(new TextRun(note, font.Other, Palette.SecondaryText, Italic: true));
        }
        return runs;
    }

    /// <summary>A "continued" box's text.</summary>
    public static TextRun ContinuedRun(int roles, int slide, (double Title, double Other) font, ChartWords words) =>
        new(words.MoreRoles(roles, slide), font.Other, Palette.Link, Bold: true);

    // Slide numbers are given after pagination, so a "continued" box is sized for the longest one a deck could have.
    private const int LongestSlideNumber = 9999;

    /// <summary>The size of <paramref name="node"/>'s box at scale 1: what its own text needs at the designed type sizes.</summary>
    public static BoxDims SizeOf(OrgNode node, Notes notes) => node.Role is null
        ? BoxSize.Of([ContinuedRun(node.ContinuedRoles, LongestSlideNumber, BoxText.At(1), notes.Words)], badge: false)
        : BoxSize.Of(BoxRuns(node, notes, BoxText.At(1)), badge: true);

    /// <summary>The box's text lines beyond <see cref="RunsOf"/>: the department or an outside manager.</summary>
    public static string? NoteOf(OrgNode node, Notes notes) =>
        notes.ShowDepartment ? node.Role!.Department.Trim() : node.ExternalManager is { } m ? notes.Words.ReportsTo(m) : null;


    private static int AddBox(SlideCanvas canvas, OrgNode node, Rect rect, double scale, Notes notes, (double Title, double Other) font,
        IReadOnlyList<double>? barSites)
    {
        var inset = Inset(scale);
        if (node.Role is not { } role)
        {
            var page = node.Continuation!;
            return canvas.AddShape($"Continued: slide {page.SlideNumber}", rect, "roundRect", Palette.ContinuedFill, Palette.BoxOutline, 19_050,
                [ContinuedRun(node.ContinuedRoles, page.SlideNumber, font, notes.Words)], inset: inset, linkToSlide: page.SlideNumber,
                description: notes.Words.MoreRolesDescription(node.ContinuedRoles, page.SlideNumber, page.Title));
        }
        var vacant = role.IsVacant;
        var title = role.Title.Trim();
        var runs = BoxRuns(node, notes, font);
        var holder = runs[1].Text;
        var type = notes.Words.RoleType(role.RoleType);
        var diameter = Math.Round(BoxSize.BadgeDiameter * scale);
        var badge = new Rect(rect.X + inset, rect.Y + Math.Round((rect.Height - diameter) / 2), diameter, diameter);
        // The badge is grouped with its box, so that dragging one moves both.
        canvas.BeginGroup($"Role group: {title}", rect);
        var id = canvas.AddShape($"Role: {title}", rect, "roundRect", Palette.BoxFill,
            vacant ? Palette.VacantRed : Palette.BoxOutline, vacant ? 28_575 : 12_700, runs, inset: inset,
            leftInset: diameter + (2 * inset), description: notes.Words.BoxDescription(title, holder, type), barSites: barSites);
        canvas.AddShape($"Type: {type}", badge, "ellipse", Palette.ColourOf(role.RoleType), null, 0,
            [new TextRun(notes.Words.TypeLetter(role.RoleType), BoxText.Floor, "FFFFFF", Bold: true)], inset: 0, description: type);
        canvas.EndGroup();
        return id;
    }
}
