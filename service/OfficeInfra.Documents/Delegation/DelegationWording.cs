using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Delegation;

/// <summary>What the delegation report's history names: each task done by another role (by Task ID) and who does it,
/// and each vacant role and who covers it; in the organisation's language.</summary>
public sealed class DelegationWording : IChangeWording
{
    private static readonly DelegationWording English = new(ChangeWords.English), Turkish = new(ChangeWords.Turkish), Chinese = new(ChangeWords.Chinese);

    private DelegationWording(ChangeWords words) => Words = words;

    /// <inheritdoc />
    public ChangeWords Words { get; }

    /// <summary>The wording in <paramref name="language"/>.</summary>
    public static DelegationWording For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>The facts of the report's figures.</summary>
    public static IReadOnlyDictionary<string, string> Facts(DelegationFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var facts = new ModelFacts();
        foreach (var d in figures.Delegations)
        {
            facts.Item("task", d.TaskId.Length > 0 ? d.TaskId : d.Task, d.Task, ("doneBy", d.DoneBy), ("shouldDo", d.ShouldDo));
        }
        foreach (var v in figures.VacantRoles)
        {
            facts.Item("vacant", v.Role, v.Role, ("coveredBy", v.CoveredBy.Cast<object?>().ToList()));
        }
        return facts.Facts;
    }

    /// <inheritdoc />
    public bool IsAnchor(string key) => false;

    /// <inheritdoc />
    public string? Describe(FactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var item = change.Item;
        var name = Words.Quote(change.Fact(item));
        var vacant = item.StartsWith("vacant:", StringComparison.Ordinal);
        return (Words.Tag, vacant, change.Field) switch
        {
            (_, false, null) when change.Old is not null && change.New is not null => Words.TaskReworded(change.Old, change.New),
            ("tr", false, null) when change.Old is null => $"{name} görevini {change.Fact(item + ":shouldDo")} yerine {change.Fact(item + ":doneBy")} yürütüyor",
            ("tr", false, null) when change.New is null => $"{name} görevini artık başka bir rol yürütmüyor",
            ("tr", false, "doneBy") => $"{name} görevini artık {change.New} yürütüyor (önceki: {change.Old})",
            ("tr", false, _) => Words.Field($"{name} görevinin rolü", change.Old, change.New),
            ("tr", true, null) => change.New is null ? $"{name} rolü artık boş değil" : $"{name} rolü boş",
            ("tr", true, _) => Words.Field($"{name} rolünün görevlerini yürütenler", change.Old, change.New),
            ("zh-Hans", false, null) when change.Old is null => $"任务{name}目前由{change.Fact(item + ":doneBy")}承担（应由{change.Fact(item + ":shouldDo")}承担）",
            ("zh-Hans", false, null) when change.New is null => $"任务{name}已不再由其他角色代为承担",
            ("zh-Hans", false, "doneBy") => $"任务{name}现由{change.New}承担（原为{change.Old}）",
            ("zh-Hans", false, _) => Words.Field($"任务{name}的应承担角色", change.Old, change.New),
            ("zh-Hans", true, null) => change.New is null ? $"角色{name}已不再空缺" : $"角色{name}空缺",
            ("zh-Hans", true, _) => Words.Field($"空缺角色{name}的代承担人", change.Old, change.New),
            (_, false, null) when change.Old is null => $"Task {name} done by {change.Fact(item + ":doneBy")} instead of {change.Fact(item + ":shouldDo")}",
            (_, false, null) when change.New is null => $"Task {name} no longer done by another role",
            (_, false, "doneBy") => $"Task {name} now done by {change.New} (was {change.Old})",
            (_, false, _) => Words.Field($"Role that should do task {name}", change.Old, change.New),
            (_, true, null) => change.New is null ? $"Role {name} no longer vacant" : $"Role {name} vacant",
            (_, true, _) => Words.Field($"Cover of vacant role {name}", change.Old, change.New),
        };
    }
}
