namespace OfficeInfra.Documents.OrgCharts.Slides;

/// <summary>
/// Elbow connector shapes from a manager's bottom edge down to a report. A connector's path is drawn in its own
/// box and then rotated: a 90° turn makes the path start downwards, and a vertical flip makes it head right.
/// </summary>
internal static class ConnectorGeometry
{
    private const int Quarter = 5_400_000;

    /// <summary>Down to <paramref name="busY"/>, across, and down into the report's top.</summary>
    public static Connector ToTop(double sx, double sy, double ex, double ey, double busY)
    {
        var dy = ey - sy;
        if (Math.Abs(ex - sx) < 1)
        {
            return new Connector("straightConnector1", new Rect(sx, sy, 0, dy), false, 0, []);
        }
        return new Connector("bentConnector3", Rotated(sx, sy, ex, ey), ex > sx, Quarter, [(busY - sy) / dy]);
    }

    /// <summary>
    /// From a stacked report's left side (<paramref name="lx"/>, <paramref name="ly"/>) left to the trunk, up it to
    /// <paramref name="busY"/>, across and up into the manager's bottom (<paramref name="mx"/>, <paramref name="my"/>).
    /// Drawn from the report so that flips alone orient it: Impress 7.4 misplaces rotated three-bend connectors.
    /// </summary>
    public static Connector FromSide(double lx, double ly, double mx, double my, double busY, double trunkX)
    {
        var width = Math.Max(1, Math.Abs(lx - mx));
        var height = ly - my;
        var toTrunk = lx > mx ? (lx - trunkX) / width : (trunkX - lx) / width;
        return new Connector("bentConnector4", new Rect(Math.Min(lx, mx), my, width, height), true, 0,
            [toTrunk, (ly - busY) / height], FlipH: lx > mx);
    }

    /// <summary>
    /// From a report's left side (<paramref name="lx"/>, <paramref name="ly"/>) left to its column's trunk at
    /// <paramref name="trunkX"/> and straight up into the bar above it at <paramref name="barY"/>: one elbow, the path
    /// any connector router draws between those two sites.
    /// </summary>
    public static Connector IntoBar(double lx, double ly, double trunkX, double barY) =>
        new("bentConnector2", new Rect(trunkX, barY, Math.Max(1, lx - trunkX), ly - barY), true, 0, [], FlipH: true);

    /// <summary>Straight across from a box's right side at (<paramref name="sx"/>, <paramref name="y"/>) to the next box's left side.</summary>
    public static Connector Across(double sx, double y, double ex) => new("straightConnector1", new Rect(sx, y, Math.Max(1, ex - sx), 0), false, 0, []);

    // The unrotated box has the path's height as its width and vice versa, around the same centre.
    private static Rect Rotated(double sx, double sy, double ex, double ey)
    {
        var width = ey - sy;
        var height = Math.Max(1, Math.Abs(ex - sx));
        var (cx, cy) = ((sx + ex) / 2, (sy + ey) / 2);
        return new Rect(cx - (width / 2), cy - (height / 2), width, height);
    }
}

/// <summary>A connector's preset, transform and adjust values (as fractions).</summary>
internal sealed record Connector(string Geometry, Rect Rect, bool FlipV, int Rotation, IReadOnlyList<double> Adjusts, bool FlipH = false);
