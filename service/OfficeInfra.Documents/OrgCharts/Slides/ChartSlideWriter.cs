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

    private const int TopSite = 0, LeftSite = 1, BottomSite = 2;

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
        var ids = new int[rects.Count];
        for (var i = 0; i < rects.Count; i++)
        {
            ids[i] = AddBox(canvas, layout.Boxes[i].Node, rects[i], scale, showDepartment);
        }
        foreach (var edge in layout.Edges)
        {
            var (from, to) = (rects[edge.From], rects[edge.To]);
            var (sx, sy) = (from.X + Math.Round(from.Width / 2), from.Bottom);
            var busY = top + (edge.BusY * scale);
            var connector = edge.Kind == EdgeKind.Top
                ? ConnectorGeometry.ToTop(sx, sy, to.X + Math.Round(to.Width / 2), to.Y, busY)
                : ConnectorGeometry.ToSide(sx, sy, to.X, to.Y + Math.Round(to.Height / 2), busY, left + (edge.TrunkX * scale));
            canvas.AddConnector(connector.Geometry, connector.Rect, connector.FlipV, connector.Rotation, connector.Adjusts,
                ids[edge.From], BottomSite, ids[edge.To], edge.Kind == EdgeKind.Top ? TopSite : LeftSite);
        }
        SlideDecor.AddLegend(canvas);
        return canvas;
    }

    private static int AddBox(SlideCanvas canvas, OrgNode node, Rect rect, double scale, bool showDepartment)
    {
        var inset = 45_720 * Math.Min(1, scale);
        if (node.Role is not { } role)
        {
            var target = node.Continuation!.SlideNumber;
            var text = $"Continued on slide {target}";
            var (size, _) = BoxText.Fit(text, [], rect.Width - (2 * inset), rect.Height - inset, scale);
            return canvas.AddShape($"Continued: slide {target}", rect, "roundRect", Palette.ContinuedFill, Palette.BoxOutline, 19_050,
                [new TextRun(text, size, Palette.SecondaryText, Bold: true), new TextRun("→ click to open", Math.Max(6, size - 2), Palette.SecondaryText, Italic: true)],
                inset: inset, linkToSlide: target);
        }
        var vacant = role.IsVacant;
        var diameter = Math.Round(rect.Height * 0.2);
        var textLeft = diameter + (2 * inset);
        var holder = vacant ? "Vacant" : role.Holder?.Trim() ?? string.Empty;
        var note = showDepartment ? role.Department.Trim() : node.ExternalManager is { } m ? $"Reports to {m}" : null;
        var others = note is null ? new[] { holder } : [holder, note];
        var (titleSize, otherSize) = BoxText.Fit(role.Title.Trim(), others, rect.Width - textLeft - inset, rect.Height - inset, scale);
        var runs = new List<TextRun>
        {
            new(role.Title.Trim(), titleSize, vacant ? Palette.VacantRed : Palette.TitleText, Bold: true),
            new(holder, otherSize, vacant ? Palette.VacantRed : Palette.SecondaryText, Italic: vacant),
        };
        if (note is not null)
        {
            runs.Add(new TextRun(note, Math.Max(6, otherSize - 1), Palette.SecondaryText, Italic: true));
        }
        var id = canvas.AddShape($"Role: {role.Title.Trim()}", rect, "roundRect", Palette.BoxFill,
            vacant ? Palette.VacantRed : Palette.BoxOutline, vacant ? 28_575 : 12_700, runs, inset: inset, leftInset: textLeft);
        var circle = new Rect(rect.X + inset, rect.Y + Math.Round((rect.Height - diameter) / 2), diameter, diameter);
        canvas.AddShape($"Type: {Palette.NameOf(role.RoleType)}", circle, "ellipse", Palette.ColourOf(role.RoleType), null, 0, []);
        return id;
    }
}
