using OfficeInfra.Documents.OrgCharts.Layout;

namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Draws one chart page: a title, the boxes (role title, holder or "Vacant", a circle for the role type), the
/// reporting lines as connectors glued to the boxes, and the legend.
/// </summary>
internal static class ChartSlideWriter
{
    /// <summary>Where charts go on the slide, between the title and the legend.</summary>
    public static Rect ChartArea { get; } = new(300_000, 1_000_000, SlideCanvas.SlideWidth - 600_000, 5_150_000);

    private const int TopSite = 0, LeftSite = 1, BottomSite = 2, RightSite = 3;

    /// <param name="showDepartment">True on the organisation-wide chart, where each box names its department.</param>
    public static SlideCanvas Write(FittedPage fitted, string subtitle, bool showDepartment)
    {
        var canvas = new SlideCanvas();
        SlideDecor.AddTitle(canvas, fitted.Page.Title, subtitle);
        var layout = fitted.Layout;
        var scale = fitted.Scale;
        var area = ChartArea;
        var left = area.X + ((area.Width - (layout.Width * scale)) / 2);
        var top = area.Y + Math.Min(300_000, Math.Max(0, (area.Height - (layout.Height * scale)) / 2));
        var rects = layout.Boxes.Select(b => new Rect(
            Math.Round(left + (b.X * scale)), Math.Round(top + (b.Y * scale)),
            Math.Round(b.Width * scale), Math.Round(b.Height * scale))).ToList();
        // One type size for the whole chart: boxes with different sizes side by side look broken.
        var fonts = layout.Boxes.Select((b, i) => FitText(b.Node, rects[i], scale, showDepartment)).ToList();
        var font = (Title: fonts.DefaultIfEmpty((12, 10)).Min(f => f.Title), Other: fonts.DefaultIfEmpty((12, 10)).Min(f => f.Other));
        var ids = new int[rects.Count];
        for (var i = 0; i < rects.Count; i++)
        {
            ids[i] = AddBox(canvas, layout.Boxes[i].Node, rects[i], scale, showDepartment, font);
        }
        if (rects.Count == 0)
        {
            canvas.AddShape("Empty", area with { Height = 600_000 }, "rect", null, null, 0,
                [new TextRun("No roles in this department yet.", 16, Palette.SecondaryText, Italic: true)]);
        }
        foreach (var edge in layout.Edges)
        {
            var (from, to) = (rects[edge.From], rects[edge.To]);
            var (sx, sy) = (from.X + Math.Round(from.Width / 2), from.Bottom);
            var busY = top + (edge.BusY * scale);
            if (edge.Kind == EdgeKind.Top)
            {
                canvas.AddConnector(ConnectorGeometry.ToTop(sx, sy, to.X + Math.Round(to.Width / 2), to.Y, busY),
                    ids[edge.From], BottomSite, ids[edge.To], TopSite);
            }
            else
            {
                var trunk = left + (edge.TrunkX * scale);
                var fromRight = trunk > to.Right;
                canvas.AddConnector(ConnectorGeometry.FromSide(fromRight ? to.Right : to.X, to.Y + Math.Round(to.Height / 2), sx, sy, busY, trunk),
                    ids[edge.To], fromRight ? RightSite : LeftSite, ids[edge.From], BottomSite);
            }
        }
        SlideDecor.AddLegend(canvas);
        return canvas;
    }

    private static double Inset(double scale) => 45_720 * Math.Min(1, scale);

    private static (string Title, string[] Others) TextOf(OrgNode node, bool showDepartment)
    {
        if (node.Role is not { } role)
        {
            return ($"Continued on slide {node.Continuation!.SlideNumber}", ["→ click to open"]);
        }
        var holder = role.IsVacant ? "Vacant" : role.Holder?.Trim() ?? string.Empty;
        var note = showDepartment ? role.Department.Trim() : node.ExternalManager is { } m ? $"Reports to {m}" : null;
        return (role.Title.Trim(), note is null ? [holder] : [holder, note]);
    }

    private static (double Title, double Other) FitText(OrgNode node, Rect rect, double scale, bool showDepartment)
    {
        var inset = Inset(scale);
        var (title, others) = TextOf(node, showDepartment);
        var textLeft = node.Role is null ? inset : Math.Round(rect.Height * 0.2) + (2 * inset);
        return BoxText.Fit(title, others, rect.Width - textLeft - inset, rect.Height - inset, scale);
    }

    private static int AddBox(SlideCanvas canvas, OrgNode node, Rect rect, double scale, bool showDepartment, (double Title, double Other) font)
    {
        var inset = Inset(scale);
        var (title, others) = TextOf(node, showDepartment);
        if (node.Role is not { } role)
        {
            var target = node.Continuation!.SlideNumber;
            return canvas.AddShape($"Continued: slide {target}", rect, "roundRect", Palette.ContinuedFill, Palette.BoxOutline, 19_050,
                [new TextRun(title, font.Title, Palette.SecondaryText, Bold: true), new TextRun(others[0], font.Other, Palette.SecondaryText, Italic: true)],
                inset: inset, linkToSlide: target, shrinkToFit: true);
        }
        var vacant = role.IsVacant;
        var diameter = Math.Round(rect.Height * 0.2);
        var runs = new List<TextRun>
        {
            new(title, font.Title, vacant ? Palette.VacantRed : Palette.TitleText, Bold: true),
            new(others[0], font.Other, vacant ? Palette.VacantRed : Palette.SecondaryText, Italic: vacant),
        };
        if (others.Length > 1)
        {
            runs.Add(new TextRun(others[1], Math.Max(6, font.Other - 1), Palette.SecondaryText, Italic: true));
        }
        var id = canvas.AddShape($"Role: {title}", rect, "roundRect", Palette.BoxFill,
            vacant ? Palette.VacantRed : Palette.BoxOutline, vacant ? 28_575 : 12_700, runs, inset: inset,
            leftInset: diameter + (2 * inset), shrinkToFit: true);
        var circle = new Rect(rect.X + inset, rect.Y + Math.Round((rect.Height - diameter) / 2), diameter, diameter);
        canvas.AddShape($"Type: {Palette.NameOf(role.RoleType)}", circle, "ellipse", Palette.ColourOf(role.RoleType), null, 0, []);
        return id;
    }
}
