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

    /// <summary>Down to <paramref name="busY"/>, across to the trunk, down it and right into the report's left side.</summary>
    public static Connector ToSide(double sx, double sy, double ex, double ey, double busY, double trunkX)
    {
        var dy = ey - sy;
        var dx = Math.Max(1, Math.Abs(ex - sx));
        var across = ex > sx ? (trunkX - sx) / dx : (sx - trunkX) / dx;
        return new Connector("bentConnector4", Rotated(sx, sy, ex, ey), ex > sx, Quarter, [(busY - sy) / dy, across]);
    }

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
internal sealed record Connector(string Geometry, Rect Rect, bool FlipV, int Rotation, IReadOnlyList<double> Adjusts);
