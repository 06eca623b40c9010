using System.Globalization;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts.Layout;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>Assembles the slides of one deck: charts are paginated first so that every slide number is known
/// before a "continued" box links to it.</summary>
internal sealed class OrgChartDeck
{
    private const double MinScale = BoxText.TitleFloor / 12;
    private const double MaxScale = 1.5;
    private readonly List<(Func<SlideCanvas> Write, OrgChartPage? Page)> _slides = [];
    private readonly RegisterSet _registers;
    private readonly DocumentControl _control;
    private readonly string _date;
    private readonly CancellationToken _cancellationToken;

    /// <param name="control">The deck's control block; its effective date is the date every slide shows.</param>
    public OrgChartDeck(RegisterSet registers, DocumentControl control, bool hasTitle, CancellationToken cancellationToken)
    {
        _registers = registers;
        _control = control;
        _cancellationToken = cancellationToken;
        var effective = "As of " + control.Effective.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        // A department deck has no title slide, so its chart slides carry the ID and version.
        _date = hasTitle ? effective : $"{control.Id} v{control.Version.ToString(CultureInfo.InvariantCulture)} · {effective}";
    }

    public void AddTitle(string organisation, string detail) =>
        _slides.Add((() => TitleSlideWriter.Write(organisation, detail, _date, _control), null));

    /// <summary>
    /// Lays out a chart of one department, or of the whole organisation, over as many pages as it needs. The pages
    /// can go into several decks (the organisation's and the department's): slide numbers are set per deck.
    /// </summary>
    public static IReadOnlyList<FittedPage> Paginate(RegisterSet registers, string title, string? department, CancellationToken cancellationToken)
    {
        var roots = OrgTreeBuilder.Build(registers.Roles, department);
        var area = ChartSlideWriter.ChartArea;
        return new ChartPaginator(area.Width, area.Height, MinScale, MaxScale).Paginate(new OrgChartPage(title, roots, null), cancellationToken);
    }

    /// <summary>Adds a chart's slides (see <see cref="Paginate"/>) of one department, or the whole organisation.</summary>
    public void AddChart(IReadOnlyList<FittedPage> pages, string? department)
    {
        var roles = _registers.Roles.Where(r => department is null || Same(r.Department, department)).ToList();
        var detail = $"{Count(roles.Count, "role")}, {roles.Count(r => r.IsVacant)} vacant · {_date}";
        foreach (var fitted in pages)
        {
            _slides.Add((() => ChartSlideWriter.Write(fitted,
                fitted.Page.Continues is { } from ? $"Continued from slide {from.SlideNumber}" : detail, department is null), fitted.Page));
        }
    }

    public void AddSummary(IReadOnlyList<string> departments)
    {
        var figures = departments.Select(d => DepartmentFigures.Of(d,
            _registers.Roles.Where(r => Same(r.Department, d)).ToList(),
            _registers.Tasks.Where(t => Same(t.Department, d)).ToList())).ToList();
        var text = SummaryText(_registers);
        _slides.Add((() => SummarySlideWriter.Write(figures, text), null));
    }

    /// <summary>What the summary slide says of the busiest and idle roles.</summary>
    internal static string SummaryText(RegisterSet registers)
    {
        var tasksByRole = registers.Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Role))
            .GroupBy(t => t.Role!.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var busiest = registers.Roles.Select(r => (Title: r.Title.Trim(), Tasks: tasksByRole.GetValueOrDefault(r.Title.Trim())))
            .Where(r => r.Tasks > 0).OrderByDescending(r => r.Tasks).ThenBy(r => r.Title, StringComparer.Ordinal).Take(5).ToList();
        var idle = registers.Roles.Count(r => tasksByRole.GetValueOrDefault(r.Title.Trim()) == 0);
        return (busiest.Count == 0 ? "No tasks are assigned to roles yet." :
            "Most tasks per role: " + string.Join(", ", busiest.Select(b => $"{b.Title} ({b.Tasks})")) + ".") +
            $" Roles without tasks: {idle}.";
    }

    public byte[] ToPptx(DocumentProperties? properties = null)
    {
        for (var i = 0; i < _slides.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_slides[i].Page is { } page)
            {
                page.SlideNumber = i + 1;
            }
        }
        return DeckWriter.Write(_slides.Select(s => s.Write()).ToList(), properties);
    }

    internal static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
