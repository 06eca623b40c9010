using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>What a chart deck's history names: each role shown (who it reports to, its type, whether it is filled
/// and by whom) and, on the organisation deck, each department's figures; in the organisation's language.</summary>
public sealed partial class OrgChartWording : IChangeWording
{
    private static readonly OrgChartWording Turkish = new(ChartChangeWords.Turkish, ChartWords.For(DocumentLanguage.Turkish)),
        Chinese = new(ChartChangeWords.Chinese, ChartWords.For(DocumentLanguage.ChineseSimplified));

    private readonly ChartChangeWords _chart;
    private readonly ChartWords _words;
    private readonly ProductWords _product;

    private OrgChartWording(ChartChangeWords chart, ChartWords words)
    {
        _chart = chart;
        _words = words;
        _product = ProductWords.ForTag(chart.Words.Tag);
    }

    /// <summary>The English wording.</summary>
    public static OrgChartWording Instance { get; } = new(ChartChangeWords.English, ChartWords.English);

    /// <summary>The wording in <paramref name="language"/>.</summary>
    public static OrgChartWording For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => Instance,
    };

    /// <inheritdoc />
    public ChangeWords Words => _chart.Words;

    /// <summary>A department's figures as the organisation deck's facts record them (in English, whatever the language).</summary>
    internal static string FiguresFact(int roles, int vacant) => ChartChangeWords.English.Figures(roles, vacant, null);

    /// <summary>The figures of a department the organisation deck shows by its headcount only: "5 roles, Restricted".</summary>
    internal static string HeadcountFact(int roles, AccessLevel access) =>
        $"{ChartWords.English.Roles(roles)}, {AccessLevels.List.TextOf(access)}";

    /// <summary>The facts of a deck showing <paramref name="roles"/>, plus <paramref name="figures"/> lines (department → its figures).</summary>
    /// <param name="organisation">The organisation's name as the deck prints it (its owner).</param>
    /// <param name="notes">What a role's box says besides its own fields: who covers it while vacant, and in a
    /// department's deck the manager outside the department it reports to.</param>
    /// <param name="titleOnly">The access level of a role the deck shows by title only (a hidden department's head in the
    /// organisation deck): its facts keep what the box shows, never its holder or whether it is vacant.</param>
    internal static IReadOnlyDictionary<string, string> Facts(string title, string organisation, IEnumerable<Role> roles,
        IEnumerable<(string Department, string Figures)> figures, Func<Role, (string? CoveredBy, string? Outside)> notes,
        Func<Role, AccessLevel?>? titleOnly = null)
    {
        var facts = new ModelFacts().Field(Organisation, organisation).Field("Title", title);
        foreach (var role in roles)
        {
            var name = role.Title.Trim();
            if (titleOnly?.Invoke(role) is { } access)
            {
                facts.Item("role", name, name, ("department", role.Department.Trim()), ("reportsTo", role.ReportsTo?.Trim()),
                    ("type", role.RoleType.ToString()), (TitleOnlyField, AccessLevels.List.TextOf(access)));
                continue;
            }
            var (coveredBy, outside) = notes(role);
            facts.Item("role", name, name, ("department", role.Department.Trim()), ("reportsTo", role.ReportsTo?.Trim()),
                ("type", role.RoleType.ToString()), ("vacant", role.IsVacant), ("holder", role.IsVacant ? null : role.Holder?.Trim()),
                ("hours", role.Hours?.Trim()), (ReportsToOutside, outside), (CoveredBy, coveredBy));
        }
        foreach (var (department, line) in figures)
        {
            facts.Item("figures", department, line);
        }
        return facts.Facts;
    }

    // The fact of a role the organisation deck shows by title only: its department's access level.
    private const string TitleOnlyField = "titleOnly";

    /// <inheritdoc />
    public bool IsAnchor(string key) => false;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = change.Item;
        if (item.StartsWith("figures:", StringComparison.Ordinal))
        {
            var name = _chart.FiguresOf(item["figures:".Length..]);
            return OnlyTasksDropped(change.Old, change.New) ? null
                // Once a department shows its headcount only, its earlier figures are no longer said.
                : IsHeadcount(change.New) && !IsHeadcount(change.Old) ? Words.Field(name, null, Figures(change.New))
                : Words.Field(name, Figures(change.Old), Figures(change.New));
        }
        if (!item.StartsWith("role:", StringComparison.Ordinal))
        {
            return change.Key switch
            {
                Organisation => Words.Renamed(Words.Name(Organisation), change.Old, change.New),
                // The organisation deck's title is the organisation's name: the rename says it.
                "Title" when change.OldFacts.GetValueOrDefault(Organisation) is { } old && old == change.Old
                    && change.NewFacts.GetValueOrDefault(Organisation) == change.New => null,
                "Title" => Words.Field(_chart.Title, change.Old, change.New),
                TasksPerRole when change.New is null => _chart.TaskFiguresRemoved,
                _ => Words.Field(change.Key, change.Old, change.New),
            };
        }
        var role = change.Fact(item);
        // A role shown by title only names nothing of its holder or vacancy, not even the change that hid them.
        if (change.Field is TitleOnlyField or "vacant" or "holder" or "hours" && change.NewFacts.ContainsKey($"{item}:{TitleOnlyField}"))
        {
            return null;
        }
        return change.Field switch
        {
            null when change.Old is null => _chart.RoleAdded(change.New!),
            null when change.New is null => CountedIn(change) is not { } figures ? _chart.RoleRemoved(change.Old)
                // The department already showed its headcount only: one of the heads it shows is no longer one.
                : change.OldFacts.GetValueOrDefault(figures) == change.NewFacts[figures] ? _chart.HeadsChanged(change.Fact(item + ":department"))
                : null,
            "reportsTo" => Words.Field(_chart.RoleField(role, _chart.Field("reportsTo")), Top(change.Old), Top(change.New)),
            "vacant" => change.New == "yes" ? _chart.NowVacant(role) : _chart.NowFilled(role),
            // A new manager says it in the reports-to row; this one says that the same manager moved department.
            ReportsToOutside when change.OldFacts.GetValueOrDefault(item + ":reportsTo") != change.NewFacts.GetValueOrDefault(item + ":reportsTo") => null,
            "department" => _chart.Moved(role, change.Old ?? string.Empty, change.New ?? string.Empty),
            "type" => Words.Field(_chart.RoleField(role, _chart.Field("type")), TypeName(change.Old), TypeName(change.New)),
            "hours" => Words.Field(_chart.RoleField(role, _chart.Field("hours")), _product.HoursOf(change.Old), _product.HoursOf(change.New)),
            { } field => Words.Field(_chart.RoleField(role, _chart.Field(field)), change.Old, change.New),
            _ => null,
        };
    }

    private const string Organisation = "Organisation", ReportsToOutside = "reportsToOutside", CoveredBy = "coveredBy";

    /// <summary>The fact under which organisation decks recorded their summary's busiest and idle roles until the
    /// summary showed structure only: a deck recorded with it says once that the task figures are gone.</summary>
    internal const string TasksPerRole = "Tasks per role";

    // Figures recorded with a task count ("3 roles, 1 vacant, 5 tasks") and now without it, the roles and vacancies
    // alike: the deck stopped showing tasks, which the row for the summary says once.
    private static bool OnlyTasksDropped(string? old, string? @new) =>
        old is not null && @new is not null && FiguresLine().Match(old) is { Success: true } before && before.Groups[3].Success
        && FiguresLine().Match(@new) is { Success: true } after && !after.Groups[3].Success
        && before.Groups[1].Value == after.Groups[1].Value && before.Groups[2].Value == after.Groups[2].Value;

    private string? Top(string? reportsTo) => reportsTo is "" ? _chart.Nobody : reportsTo;

    // Role types are recorded by their English name (the register's value list).
    private string? TypeName(string? recorded) =>
        Enum.TryParse<RoleType>(recorded, out var type) && _product.RoleTypes.TryGetValue(type, out var name) ? name : recorded;

    // A role that left the organisation deck because its department shows its headcount only: the deck says nothing
    // of it, not even that it went (its department's figures say the headcount, or a row that its heads changed).
    // The key of that department's figures; null when the role went for another reason.
    // (A role may write its department in another case than the Departments register: names match regardless of it.)
    private static string? CountedIn(FactChange change)
    {
        if (change.OldFacts.GetValueOrDefault(change.Item + ":department") is not { } department)
        {
            return null;
        }
        var key = "figures:" + department.Replace(':', '_');
        var figures = change.NewFacts.ContainsKey(key) ? key
            : change.NewFacts.Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        return figures is not null && IsHeadcount(change.NewFacts[figures]) ? figures : null;
    }

    private static bool IsHeadcount(string? recorded) => recorded is not null && HeadcountLine().IsMatch(recorded);

    // Figures are recorded in English ("3 roles, 1 vacant"; before, with ", 5 tasks"; "5 roles, Restricted" for a
    // department shown by its headcount only); said again in the language.
    private string? Figures(string? recorded)
    {
        if (recorded is not null && HeadcountLine().Match(recorded) is { Success: true } headcount
            && AccessLevels.List.TryParse(headcount.Groups[2].Value, out var access))
        {
            return _words.Headcount(Int(headcount.Groups[1].Value), access);
        }
        return recorded is not null && FiguresLine().Match(recorded) is { Success: true } m
            ? _chart.Figures(Int(m.Groups[1].Value), Int(m.Groups[2].Value), m.Groups[3].Success ? Int(m.Groups[3].Value) : null)
            : recorded;
    }

    private static int Int(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+) roles?, (\d+) vacant(?:, (\d+) tasks?)?$")]
    private static partial System.Text.RegularExpressions.Regex FiguresLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+) roles?, (Confidential|Restricted)$")]
    private static partial System.Text.RegularExpressions.Regex HeadcountLine();
}
