using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Wording;

/// <summary>
/// The nouns an org chart deck's revision history adds around <see cref="ChangeWords"/>: roles that came, went, moved,
/// fell vacant or were filled, and each department's figures, in one language. English is what the records have always
/// kept.
/// </summary>
public sealed record ChartChangeWords
{
    /// <summary>The shared phrases of the language (a value set, cleared or changed).</summary>
    public required ChangeWords Words { get; init; }

    /// <summary>The chart's title (the organisation's or the department's name).</summary>
    public required string Title { get; init; }

    /// <summary>(role): a role added to the chart.</summary>
    public required Func<string, string> RoleAdded { get; init; }

    /// <summary>(role): a role taken off the chart.</summary>
    public required Func<string, string> RoleRemoved { get; init; }

    /// <summary>(role, field): how a field of a role is named before what happened to it.</summary>
    public required Func<string, string, string> RoleField { get; init; }

    /// <summary>The names of a role's fields on the chart: reportsTo, holder, type, hours.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>(department): a department the organisation deck shows by its headcount shows other heads (which one
    /// left is not said: it is no longer shown).</summary>
    public required Func<string, string> HeadsChanged { get; init; }

    /// <summary>(role): the role fell vacant.</summary>
    public required Func<string, string> NowVacant { get; init; }

    /// <summary>(role): the role was filled.</summary>
    public required Func<string, string> NowFilled { get; init; }

    /// <summary>(role, old department, new department).</summary>
    public required Func<string, string, string, string> Moved { get; init; }

    /// <summary>Who a role at the top of the tree reports to.</summary>
    public required string Nobody { get; init; }

    /// <summary>(department): how a department's figures are named.</summary>
    public required Func<string, string> FiguresOf { get; init; }

    /// <summary>(roles, vacant, tasks): a department's figures; tasks null since the charts stopped counting them
    /// (an older record still has them).</summary>
    public required Func<int, int, int?, string> Figures { get; init; }

    /// <summary>The one history row of an organisation deck recorded while its summary still counted tasks.</summary>
    public required string TaskFiguresRemoved { get; init; }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ChartChangeWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>English, as the records have always kept it ("Technician: reports to changed from COO to CEO").</summary>
    public static ChartChangeWords English { get; } = new()
    {
        Words = ChangeWords.English,
        Title = "Title",
        RoleAdded = role => $"Role '{role}' added",
        RoleRemoved = role => $"Role '{role}' removed",
        RoleField = (role, field) => $"{role}: {field}",
        Fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reportsTo"] = "reports to", ["reportsToOutside"] = "reports outside the department to", ["coveredBy"] = "covered by",
        },
        HeadsChanged = department => $"The heads shown for {department} changed",
        NowVacant = role => $"{role} is now vacant",
        NowFilled = role => $"{role} is now filled",
        Moved = (role, old, department) => $"{role} moved from {old} to {department}",
        Nobody = "nobody (top of the organisation)",
        FiguresOf = department => $"Figures of {department}",
        Figures = (roles, vacant, tasks) => $"{Count(roles, "role")}, {vacant} vacant" + (tasks is { } n ? $", {Count(n, "task")}" : ""),
        TaskFiguresRemoved = "Summary shows levels and largest teams instead of task counts",
    };

    /// <summary>Turkish, as a Turkish organisation chart's revision table reads.</summary>
    public static ChartChangeWords Turkish { get; } = new()
    {
        Words = ChangeWords.Turkish,
        Title = "Şema başlığı",
        RoleAdded = role => $"\u201C{role}\u201D pozisyonu eklendi",
        RoleRemoved = role => $"\u201C{role}\u201D pozisyonu çıkarıldı",
        RoleField = (role, field) => $"\u201C{role}\u201D pozisyonunda {field}",
        Fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reportsTo"] = "bağlı olduğu pozisyon", ["holder"] = "görevli", ["type"] = "çalışma şekli", ["hours"] = "çalışma süresi",
            ["reportsToOutside"] = "birim dışında bağlı olduğu pozisyon", ["coveredBy"] = "vekâlet eden",
        },
        HeadsChanged = department => $"{department} biriminde gösterilen yöneticiler değişti",
        NowVacant = role => $"\u201C{role}\u201D pozisyonu boşaldı",
        NowFilled = role => $"\u201C{role}\u201D pozisyonu dolduruldu",
        Moved = (role, old, department) => $"\u201C{role}\u201D pozisyonu {old} biriminden {department} birimine taşındı",
        Nobody = "yok (en üst pozisyon)",
        FiguresOf = department => $"{department} biriminin sayıları",
        Figures = (roles, vacant, tasks) => $"{roles} pozisyon, {vacant} boş" + (tasks is { } n ? $", {n} görev" : ""),
        TaskFiguresRemoved = "Özet, görev sayıları yerine kademeleri ve en büyük ekipleri gösteriyor",
    };

    /// <summary>Simplified Chinese, as the 修订记录 of a controlled organisation chart reads.</summary>
    public static ChartChangeWords Chinese { get; } = new()
    {
        Words = ChangeWords.Chinese,
        Title = "图表标题",
        RoleAdded = role => $"新增岗位\u201C{role}\u201D",
        RoleRemoved = role => $"删除岗位\u201C{role}\u201D",
        RoleField = (role, field) => $"岗位\u201C{role}\u201D的{field}",
        Fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reportsTo"] = "直接上级", ["holder"] = "任职人", ["type"] = "用工类型", ["hours"] = "工作时间",
            ["reportsToOutside"] = "部门外的直接上级", ["coveredBy"] = "代理",
        },
        HeadsChanged = department => $"{department}显示的负责人已变更",
        NowVacant = role => $"岗位\u201C{role}\u201D现已空缺",
        NowFilled = role => $"岗位\u201C{role}\u201D现已有人任职",
        Moved = (role, old, department) => $"岗位\u201C{role}\u201D由{old}调至{department}",
        Nobody = "无（组织最高岗位）",
        FiguresOf = department => $"{department}的岗位统计",
        Figures = (roles, vacant, tasks) => $"{roles}个岗位、{vacant}个空缺" + (tasks is { } n ? $"、{n}项任务" : ""),
        TaskFiguresRemoved = "汇总页改为显示层级和最大团队，不再显示任务数",
    };

    /// <summary>The name of a role's field (its key when the language has none for it).</summary>
    public string Field(string key) => Fields.GetValueOrDefault(key, key);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
