using System.Globalization;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.OrgCharts.Layout;
using OfficeInfra.Documents.Packaging;
using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// Assembles the slides of one deck. Charts are paginated first and written last, so that every slide number is
/// known before a "continued" box, a back link or the index links to it; titles are made unique within the deck.
/// </summary>
internal sealed class OrgChartDeck
{
    private const double MaxScale = 1.5;
    private readonly List<DeckSlide> _slides = [];
    private readonly List<(IReadOnlyList<FittedPage> Pages, int Roles)> _charts = [];
    private readonly DocumentControl _control;
    private readonly string _date;
    private readonly CancellationToken _cancellationToken;
    private readonly Func<Role, IEnumerable<string>> _extra;
    private readonly ChartWords _words;

    /// <param name="control">The deck's control block; its effective date is the date every slide shows.</param>
    /// <param name="hasTitle">False for a department deck: it has no title slide, so its chart slides carry the ID and version.</param>
    /// <param name="cover">Who covers a vacant role, as the deck's readers may see it (<see cref="VacancyCover"/>).</param>
    /// <param name="headNote">A further line for some roles' boxes (what a Confidential department's head stands for).</param>
    public OrgChartDeck(RegisterSet registers, DocumentControl control, bool hasTitle, Func<Role, string?> cover, CancellationToken cancellationToken,
        Func<Role, string?>? headNote = null)
    {
        _control = control;
        _cancellationToken = cancellationToken;
        _words = ChartWords.For(registers.Settings.DocumentLanguage);
        var effective = _words.AsOf(control.Effective);
        _date = hasTitle ? effective : $"{control.Id} v{control.Version.ToString(CultureInfo.InvariantCulture)} · {effective}";
        _extra = role => new[] { cover(role), headNote?.Invoke(role) }.OfType<string>();
    }
    /// <summary>One slide: its title before de-duplication, its section, and how to draw it under its final title.</summary>
    private sealed record DeckSlide(string Title, string Section, Func<string, SlideCanvas> Write, OrgChartPage? Page = null);

    /// <summary>Lays out a chart over as many pages as it needs, each box the size its own text needs.</summary>
    public IReadOnlyList<FittedPage> Paginate(List<OrgNode> roots, string title, bool showDepartment)
    {
        var notes = new ChartSlideWriter.Notes(showDepartment, _extra, _words);
        // Layouts are tried several times per page: each box is measured once.
        var sizes = new Dictionary<OrgNode, BoxDims>(ReferenceEqualityComparer.Instance);
        BoxDims SizeOf(OrgNode node)
        {
            if (!sizes.TryGetValue(node, out var size))
            {
                sizes[node] = size = ChartSlideWriter.SizeOf(node, notes);
            }
            return size;
        }
        var area = ChartSlideWriter.ChartArea;
        return new ChartPaginator(area.Width, area.Height, BoxText.SmallestScale, MaxScale,
                new LayoutMetrics(BoxWidth: BoxSize.Widths[0], BoxHeight: BoxSize.MinHeight), SizeOf, _words)
            .Paginate(OrgChartPage.First(title, roots), _cancellationToken);
    }

    public void AddTitle(string organisation, string detail) =>
        _slides.Add(new DeckSlide(organisation, _words.Overview, title => TitleSlideWriter.Write(title, detail, _date, _control, words: _words)));

    /// <summary>The index: every chart, and the large teams continued on slides of their own, with links.</summary>
    public void AddIndex() =>
        _slides.Add(new DeckSlide(_words.Contents, _words.Overview, title => IndexSlideWriter.Write(title, IndexEntries(), _words)));

    /// <summary>Adds a chart's slides (see <see cref="Paginate"/>) in a section of its own.</summary>
    /// <param name="roles">The chart's headcount, which the contents slide gives.</param>
    /// <param name="figures">What the first slide's subtitle says of the chart's roles ("5 roles, 1 vacant").</param>
    /// <param name="note">What the first slide's subtitle says of the chart besides its figures and date.</param>
    public void AddChart(IReadOnlyList<FittedPage> pages, int roles, string figures, bool showDepartment, string? note = null)
    {
        _charts.Add((pages, roles));
        var detail = $"{figures} · {(note is null ? "" : note + " · ")}{_date}";
        var notes = new ChartSlideWriter.Notes(showDepartment, _extra, _words);
        foreach (var fitted in pages)
        {
            var page = fitted.Page;
            _slides.Add(new DeckSlide(page.Title, page.Chart, title => page.Continues is { } from
                ? ChartSlideWriter.Write(fitted, title, _words.ContinuedFrom(from.SlideNumber, _slides[from.SlideNumber - 1].Title), from.SlideNumber, notes)
                : ChartSlideWriter.Write(fitted, title, detail, null, notes), page));
        }
    }

    /// <summary>The closing summary of the organisation's structure (<see cref="SummarySlideWriter"/>).</summary>
    /// <param name="widest">The roles with the most direct reports (<see cref="ChartShape.Widest"/>).</param>
    public void AddSummary(IReadOnlyList<DepartmentFigures> departments, DepartmentFigures total, IReadOnlyList<(string Title, int Reports)> widest)
    {
        var text = widest.Count == 0 ? _words.NoTeamsYet : _words.MostReports(widest);
        _slides.Add(new DeckSlide(_words.Summary, _words.Summary, title => SummarySlideWriter.Write(title, departments, total, text, _words)));
    }

    public byte[] ToPptx(DocumentProperties? properties = null)
    {
        var titles = UniqueTitles();
        for (var i = 0; i < _slides.Count; i++)
        {
            _slides[i] = _slides[i] with { Title = titles[i] };
            if (_slides[i].Page is { } page)
            {
                page.SlideNumber = i + 1;
            }
        }
        var canvases = new List<SlideCanvas>(_slides.Count);
        foreach (var slide in _slides)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            canvases.Add(slide.Write(slide.Title));
        }
        return DeckWriter.Write(canvases, DeckSections.Of(_slides.Select(s => s.Section)), properties);
    }

    // A manager's team continued over several slides: each is numbered as a part ("Sales › Head of Sales (2/9)"), so
    // that the title says which part it shows. Any other title that repeats (a department named like the
    // organisation) gets (2), (3)…
    private List<string> UniqueTitles()
    {
        var parts = _slides.Where(s => s.Page?.Continues is not null).GroupBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => (Count: g.Count(), Next: 1), StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var titles = new List<string>(_slides.Count);
        foreach (var slide in _slides)
        {
            var named = slide.Title;
            if (slide.Page?.Continues is not null && parts.TryGetValue(named, out var part))
            {
                named = $"{named} ({Int(part.Next)}/{Int(part.Count)})";
                parts[slide.Title] = part with { Next = part.Next + 1 };
            }
            var title = named;
            for (var n = 2; !seen.Add(title); n++)
            {
                title = $"{named} ({Int(n)})";
            }
            titles.Add(title);
        }
        return titles;
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private const int IndexLimit = 36;

    private List<IndexSlideWriter.Entry> IndexEntries()
    {
        var listed = new Dictionary<OrgChartPage, (int Level, int Roles)>(ReferenceEqualityComparer.Instance);
        foreach (var (pages, roles) in _charts)
        {
            listed[pages[0].Page] = (0, roles);
        }
        var teams = _charts.SelectMany(c => c.Pages.Skip(1).Select(p => p.Page).Where(p => p.Continues == c.Pages[0].Page))
            .OrderByDescending(p => p.Roles).Take(Math.Max(0, IndexLimit - listed.Count)).ToList();
        teams.ForEach(p => listed[p] = (1, p.Roles));
        return _charts.SelectMany(c => c.Pages).Select(p => p.Page).Where(listed.ContainsKey).Select(p => new IndexSlideWriter.Entry(
            _words.IndexEntry(_slides[p.SlideNumber - 1].Title, listed[p].Roles, p.SlideNumber), p.SlideNumber, listed[p].Level)).ToList();
    }

    internal static bool Same(string? a, string? b) => new RegisterName(a) == new RegisterName(b);
}
