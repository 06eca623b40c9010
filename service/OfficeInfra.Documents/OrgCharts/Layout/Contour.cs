namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// The left and right edge of a subtree at each tree level, as Reingold–Tilford merges them. Lists are stored
/// deepest level first so that putting a parent on top is an append, and each list carries its own shift so that
/// moving a subtree is O(1); merging touches only the shallower contour, which keeps the whole layout linear.
/// </summary>
internal sealed class Contour
{
    private List<double> _left;
    private List<double> _right;
    private double _leftShift;
    private double _rightShift;

    private Contour(List<double> left, List<double> right)
    {
        _left = left;
        _right = right;
    }

    public int Depth => _left.Count;

    /// <summary>A block with the same extent on <paramref name="depth"/> levels.</summary>
    public static Contour Block(double left, double right, int depth) =>
        new(Enumerable.Repeat(left, depth).ToList(), Enumerable.Repeat(right, depth).ToList());

    public double Left(int level) => _left[_left.Count - 1 - level] + _leftShift;

    public double Right(int level) => _right[_right.Count - 1 - level] + _rightShift;

    public void Shift(double dx)
    {
        _leftShift += dx;
        _rightShift += dx;
    }

    /// <summary>Puts a new top level (the parent's box) above the contour.</summary>
    public void PushTop(double left, double right)
    {
        _left.Add(left - _leftShift);
        _right.Add(right - _rightShift);
    }

    /// <summary>How far right <paramref name="next"/> must move so that it clears this contour by <paramref name="gap"/>.</summary>
    public double SeparationFrom(Contour next, double gap)
    {
        var separation = double.MinValue;
        var levels = Math.Min(Depth, next.Depth);
        for (var level = 0; level < levels; level++)
        {
            separation = Math.Max(separation, Right(level) - next.Left(level) + gap);
        }
        return separation;
    }

    /// <summary>Absorbs <paramref name="next"/>, already shifted into place to the right of this contour.</summary>
    public void Merge(Contour next)
    {
        if (next.Depth > Depth)
        {
            for (var level = 0; level < Depth; level++)
            {
                next._left[next._left.Count - 1 - level] = Left(level) - next._leftShift;
            }
            (_left, _leftShift) = (next._left, next._leftShift);
            (_right, _rightShift) = (next._right, next._rightShift);
        }
        else
        {
            for (var level = 0; level < next.Depth; level++)
            {
                _right[_right.Count - 1 - level] = next.Right(level) - _rightShift;
            }
        }
    }
}
