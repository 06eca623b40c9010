namespace OfficeInfra.Documents.OrgCharts.Layout;

/// <summary>
/// Fits a chart onto slides. While a page would need text below the floor size, part of it moves to a new
/// continuation page and a "continued" box takes its place; continuation pages are fitted the same way and follow
/// in reading order (depth first, left to right), each right after the page that links to it.
/// </summary>
/// <remarks>
/// Why this always ends. Let <c>n(p)</c> be the number of role boxes on page <c>p</c> (real roles, including the
/// copy of the manager heading a continuation page; "continued" boxes do not count). A split takes <c>t ≥ 1</c> role
/// boxes off a page and puts them on a new page, with a copy of their manager on top (<c>h = 1</c>) or without one
/// when whole top-level trees move (<c>h = 0</c>). <c>SplitPlan.Apply</c> admits a split only when
/// <c>t + h &lt; n</c>, so the page keeps <c>n − t ≥ 1</c> boxes and the new page gets <c>t + h ≤ n − 1</c>: one count
/// <c>n</c> is replaced by two smaller ones. In the multiset order (Dershowitz–Manna) over the counts of all pages
/// still to fit, every split is a strict decrease, and that order is well founded, so pagination terminates. Each
/// page also keeps at least one role that no other page shows (only the head copy is shared), so a chart never has
/// more pages than roles.
/// </remarks>
internal sealed class ChartPaginator(double areaWidth, double areaHeight, double minScale, double maxScale, LayoutMetrics metrics,
    Func<OrgNode, BoxDims> sizeOf, ChartWords words)
{
    // Different grid heights suit different trees: a wide flat team wants as many rows as the slide holds, a bushy
    // tree short ones.
    private static readonly int[] StackRowChoices = [3, 4, 5, 6, 8, 10];

    private readonly TidyTreeLayout[] _layouts =
        StackRowChoices.Select(rows => new TidyTreeLayout(metrics with { MaxStackRows = rows }, sizeOf)).ToArray();

    private LayoutMetrics Metrics => _layouts[0].Metrics;

    private int MaxLevels => Math.Max(2, (int)(((areaHeight / minScale) - Metrics.BoxHeight) / Metrics.LevelPitch) + 1);

    /// <summary>The first page and its continuations, in slide order.</summary>
    public IReadOnlyList<FittedPage> Paginate(OrgChartPage first, CancellationToken cancellationToken)
    {
        var result = new List<FittedPage>();
        var pending = new Stack<OrgChartPage>([first]);
        while (pending.Count > 0)
        {
            var page = pending.Pop();
            var fitted = Fit(page, cancellationToken);
            result.Add(fitted);
            // Pushed in reverse, so that pages come out in the order their boxes are read.
            foreach (var continued in ContinuedBoxes(fitted.Layout).Reverse())
            {
                continued.Continuation!.Continues = page;
                pending.Push(continued.Continuation);
            }
        }
        return result;
    }

    private FittedPage Fit(OrgChartPage page, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A page whose boxes alone cover more than the slide cannot fit: one layout says whether it is too tall.
            var (layout, scale) = TooMuchArea(page.Roots) ? (_layouts[0].Arrange(page.Roots), 0) : BestLayout(page.Roots);
            if (scale >= minScale)
            {
                return new FittedPage(page, layout, scale);
            }
            if (!SplitPlan.SplitOnce(page, layout.Height * minScale > areaHeight, MaxLevels, words, Fits))
            {
                (layout, scale) = BestLayout(page.Roots);
                return new FittedPage(page, layout, scale);
            }
        }
    }

    /// <summary>Whether some layout of <paramref name="roots"/> fits the slide (the first that does ends the search).</summary>
    private bool Fits(IReadOnlyList<OrgNode> roots) => !TooMuchArea(roots) && Distinct(roots).Any(layout => ScaleOf(layout.Arrange(roots)) >= minScale);

    // Grids of more rows than a page's largest group of leaves draws are all one column: the same layout, made once.
    private IEnumerable<TidyTreeLayout> Distinct(IReadOnlyList<OrgNode> roots)
    {
        var leaves = 0;
        var pending = new Stack<OrgNode>(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            leaves = Math.Max(leaves, node.Children.Count(c => c.IsLeaf));
            node.Children.ForEach(pending.Push);
        }
        for (var i = 0; i < _layouts.Length; i++)
        {
            yield return _layouts[i];
            if (StackRowChoices[i] >= leaves)
            {
                yield break;
            }
        }
    }

    // The boxes' own area at the smallest scale against the chart area: a bound no layout can beat, found without one.
    private bool TooMuchArea(IReadOnlyList<OrgNode> roots)
    {
        var area = 0.0;
        var pending = new Stack<OrgNode>(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var size = sizeOf(node);
            area += size.Width * size.Height;
            node.Children.ForEach(pending.Push);
        }
        return area * minScale * minScale > areaWidth * areaHeight;
    }

    private (ChartLayout Layout, double Scale) BestLayout(IReadOnlyList<OrgNode> roots)
    {
        (ChartLayout, double) best = default;
        foreach (var layout in Distinct(roots))
        {
            var arranged = layout.Arrange(roots);
            var scale = ScaleOf(arranged);
            if (best.Item1 is null || scale > best.Item2 + 1e-9)
            {
                best = (arranged, scale);
            }
        }
        return best;
    }

    private double ScaleOf(ChartLayout layout) => layout.Boxes.Count == 0
        ? maxScale
        : Math.Min(maxScale, Math.Min(areaWidth / layout.Width, areaHeight / layout.Height));

    /// <summary>
    /// The page's "continued" boxes that lead to pages of this chart, in reading order: the layout places boxes depth
    /// first and each manager's reports in the order they are drawn (a stack of single reports sits between the
    /// sub-teams, whatever their order in the registers).
    /// </summary>
    private static IEnumerable<OrgNode> ContinuedBoxes(ChartLayout layout) =>
        layout.Boxes.Select(b => b.Node).Where(node => node.Continuation is not null && !node.LinksToChart);
}
