using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Wording;

/// <summary>
/// The phrases every revision history is built from, in one language: how a named value was set, cleared or changed,
/// how a name is quoted, and the product's own rows (template changed, layout updated). Each kind of document's
/// <see cref="Control.IChangeWording"/> adds its own nouns around them. A history row is written once, in the
/// organisation's language at the time of the change, and kept as written.
/// </summary>
public sealed record ChangeWords
{
    /// <summary>The language's BCP 47 tag.</summary>
    public required string Tag { get; init; }

    /// <summary>A name from the registers quoted inside a sentence.</summary>
    public required Func<string, string> Quote { get; init; }

    /// <summary>(name, new value): a value given where there was none.</summary>
    public required Func<string, string, string> Set { get; init; }

    /// <summary>(name, old value): a value taken away.</summary>
    public required Func<string, string, string> Cleared { get; init; }

    /// <summary>(name, old value, new value).</summary>
    public required Func<string, string, string, string> Changed { get; init; }

    /// <summary>The row of a document whose template changed.</summary>
    public required string TemplateChanged { get; init; }

    /// <summary>The row of a document that changed in no fact the registers hold (the product's own layout).</summary>
    public required string LayoutUpdated { get; init; }

    /// <summary>How rows of one version are joined.</summary>
    public required string Separator { get; init; }

    /// <summary>The names of the facts of job descriptions and SOPs (keyed by the English the facts are recorded
    /// under: <c>Reports to</c>, <c>frequency</c>, …); a fact not listed is named by its key.</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>(noun, text): an item added; the noun is "task".</summary>
    public required Func<string, string> TaskAdded { get; init; }

    /// <summary>(text): a task removed.</summary>
    public required Func<string, string> TaskRemoved { get; init; }

    /// <summary>(old, new): a task reworded.</summary>
    public required Func<string, string, string> TaskReworded { get; init; }

    /// <summary>(field name, task): how a field of a task is named before what happened to it.</summary>
    public required Func<string, string, string> TaskField { get; init; }

    /// <summary>(process): the role now owns a process.</summary>
    public required Func<string, string> NowOwns { get; init; }

    /// <summary>(process): the role no longer owns a process.</summary>
    public required Func<string, string> NoLongerOwns { get; init; }

    /// <summary>(field name, process): how a field of an owned process is named.</summary>
    public required Func<string, string, string> ProcessField { get; init; }

    /// <summary>The role's purpose was rewritten.</summary>
    public required string PurposeRewritten { get; init; }

    /// <summary>(task, step): a task added as a step.</summary>
    public required Func<string, string, string> StepAdded { get; init; }

    /// <summary>(task, step): a step's task removed.</summary>
    public required Func<string, string, string> StepRemoved { get; init; }

    /// <summary>(step, old, new): a step reworded.</summary>
    public required Func<string, string, string, string> StepReworded { get; init; }

    /// <summary>(step, old role): a step left without a role.</summary>
    public required Func<string, string, string> StepRoleCleared { get; init; }

    /// <summary>(step, new role, old role or empty): a step now done by another role.</summary>
    public required Func<string, string, string, string> StepNowDoneBy { get; init; }

    /// <summary>(task, old step, new step): a task moved.</summary>
    public required Func<string, string, string, string> StepMoved { get; init; }

    /// <summary>(field name, step): how a field of a step is named.</summary>
    public required Func<string, string, string> StepField { get; init; }

    /// <summary>(old name, new name): the organisation renamed, as every document printing its name says.</summary>
    public required Func<string, string, string> OrganisationRenamed { get; init; }

    /// <summary>(manager's role, holder): the Reports-to role keeps its title and is now held by someone else.</summary>
    public required Func<string, string, string> ReportsToHeldBy { get; init; }

    /// <summary>(manager's role): the Reports-to role keeps its title and is now vacant.</summary>
    public required Func<string, string> ReportsToVacant { get; init; }

    /// <summary>(task, role it is covered for, or empty): work of another role the role now covers.</summary>
    public required Func<string, string, string> CoverAdded { get; init; }

    /// <summary>(task, role it was covered for, or empty): work of another role the role no longer covers.</summary>
    public required Func<string, string, string> CoverRemoved { get; init; }

    /// <summary>(old, new): a covered task reworded.</summary>
    public required Func<string, string, string> CoverReworded { get; init; }

    /// <summary>(task, role, old role): a covered task now belongs to another role.</summary>
    public required Func<string, string, string, string> CoverNowFor { get; init; }

    /// <summary>(field name, task): how a field of a covered task is named.</summary>
    public required Func<string, string, string> CoverField { get; init; }

    /// <summary>(task, who, who before): who does a task today, as a job description's delegation tables print it.</summary>
    public required Func<string, string, string, string> DoneTodayBy { get; init; }

    /// <summary>(process): the role's tasks in a process print in another order.</summary>
    public required Func<string, string> TasksReordered { get; init; }

    /// <summary>(field name, procedure): how a field of a related procedure an SOP lists is named.</summary>
    public required Func<string, string, string> RelatedField { get; init; }

    /// <summary>(stage): a customer-journey stage the document names came.</summary>
    public required Func<string, string> StageAdded { get; init; }

    /// <summary>(stage): a customer-journey stage the document names went.</summary>
    public required Func<string, string> StageRemoved { get; init; }

    /// <summary>(old, new): a customer-journey stage renamed.</summary>
    public required Func<string, string, string> StageRenamed { get; init; }

    /// <summary>(list name, items): items that joined a list fact ("Direct reports: Sales Manager added").</summary>
    public required Func<string, string, string> ListAdded { get; init; }

    /// <summary>(list name, items): items that left a list fact.</summary>
    public required Func<string, string, string> ListRemoved { get; init; }

    /// <summary>How the language joins the items of a list fact ("Excel、ERP").</summary>
    public required ListJoiner Lists { get; init; }

    /// <summary>The facts recorded as lists (the records join them with ", ", as <see cref="Control.ModelFacts"/> does).</summary>
    private static readonly HashSet<string> ListFacts = new(StringComparer.Ordinal)
    {
        "Direct reports", "Tools", "tools", "front stage", "on stage by", "back stage", "systems", "Related procedures",
    };

    /// <summary>The name of a recorded fact in this language.</summary>
    public string Name(string key) => Names.GetValueOrDefault(key, key);

    /// <summary>Says how a name changed: "Organisation renamed from A to B", or set or cleared.</summary>
    public string Renamed(string name, string? old, string? @new) =>
        string.IsNullOrEmpty(old) || string.IsNullOrEmpty(@new) ? Field(name, old, @new) : OrganisationRenamed(old, @new);

    /// <summary>Says how a named value changed.</summary>
    public string Field(string name, string? old, string? @new) =>
        string.IsNullOrEmpty(old) ? Set(name, @new ?? string.Empty)
        : string.IsNullOrEmpty(@new) ? Cleared(name, old)
        : Changed(name, old, @new);

    /// <summary>Says how the fact <paramref name="key"/>, named <paramref name="name"/>, changed. A list fact that had
    /// items and still has says which came and which went (ten direct reports are not repeated to say one left); its
    /// items joined as the language joins them.</summary>
    public string Field(string key, string name, string? old, string? @new)
    {
        if (!ListFacts.Contains(key))
        {
            return Field(name, old, @new);
        }
        if (string.IsNullOrEmpty(old) || string.IsNullOrEmpty(@new))
        {
            return Field(name, Relist(old), Relist(@new));
        }
        string[] before = old.Split(", "), after = @new.Split(", ");
        var added = after.Except(before, StringComparer.Ordinal).ToList();
        var removed = before.Except(after, StringComparer.Ordinal).ToList();
        if (added.Count + removed.Count == 0)
        {
            return Field(name, Relist(old), Relist(@new));
        }
        return string.Join(Separator, new[]
        {
            added.Count > 0 ? ListAdded(name, Lists.And(added)) : null,
            removed.Count > 0 ? ListRemoved(name, Lists.And(removed)) : null,
        }.OfType<string>());
    }

    private string? Relist(string? recorded) =>
        string.IsNullOrEmpty(recorded) || ReferenceEquals(Lists, ListJoiner.English) ? recorded
        : Lists.Series(recorded.Split(", "));

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ChangeWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>English, as the records have always kept it.</summary>
    public static ChangeWords English { get; } = new()
    {
        Tag = "en",
        Quote = name => $"'{name}'",
        Set = (name, value) => $"{name} set to {value}",
        Cleared = (name, old) => $"{name} cleared (was {old})",
        Changed = (name, old, value) => $"{name} changed from {old} to {value}",
        TemplateChanged = "Template changed",
        LayoutUpdated = "Layout updated",
        Separator = "; ",
        Names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["frequency"] = "Frequency", ["tools"] = "Tools", ["process"] = "Process", ["currentlyDoneBy"] = "Currently done by",
            ["system"] = "System", ["kpi"] = "KPI", ["target"] = "KPI target", ["trigger"] = "Trigger", ["outcome"] = "Outcome",
            ["steps"] = "Steps", ["doneBy"] = "Done by", ["for"] = "Role", ["Organisation"] = "Organisation name",
        },
        ListAdded = (name, items) => $"{name}: {items} added",
        ListRemoved = (name, items) => $"{name}: {items} removed",
        TaskAdded = text => $"Task '{text}' added",
        TaskRemoved = text => $"Task '{text}' removed",
        TaskReworded = (old, text) => $"Task '{old}' reworded as '{text}'",
        TaskField = (field, text) => $"{field} of task '{text}'",
        NowOwns = process => $"Now owns process '{process}'",
        NoLongerOwns = process => $"No longer owns process '{process}'",
        ProcessField = (field, process) => $"{field} of process '{process}'",
        PurposeRewritten = "Purpose of the role rewritten",
        StepAdded = (task, step) => $"Task '{task}' added as step {step}",
        StepRemoved = (task, step) => $"Task '{task}' removed (was step {step})",
        StepReworded = (step, old, text) => $"Step {step} reworded: '{old}' is now '{text}'",
        StepRoleCleared = (step, old) => $"Step {step} no longer has a role (was {old})",
        StepNowDoneBy = (step, role, old) => old.Length == 0 ? $"Step {step} is now done by {role} (had no role)" : $"Step {step} is now done by {role} (was {old})",
        StepMoved = (task, old, step) => $"Task '{task}' moved from step {old} to step {step}",
        StepField = (field, step) => $"{field} of step {step}",
        OrganisationRenamed = (old, name) => $"Organisation renamed from {old} to {name}",
        ReportsToHeldBy = (manager, holder) => $"Reports to {manager}, now held by {holder}",
        ReportsToVacant = manager => $"Reports to {manager}, now vacant",
        CoverAdded = (task, role) => role.Length == 0 ? $"Now covers '{task}'" : $"Now covers '{task}' for {role}",
        CoverRemoved = (task, role) => role.Length == 0 ? $"No longer covers '{task}'" : $"No longer covers '{task}' for {role}",
        CoverReworded = (old, task) => $"Covered task '{old}' reworded as '{task}'",
        CoverNowFor = (task, role, old) => old.Length == 0 ? $"Now covers '{task}' for {role}" : $"Now covers '{task}' for {role} (was for {old})",
        CoverField = (field, task) => $"{field} of covered task '{task}'",
        RelatedField = (field, procedure) => $"{field} of related procedure '{procedure}'",
        DoneTodayBy = (task, who, old) => $"Task '{task}' is done today by {who} (was {old})",
        TasksReordered = process => $"Order of tasks in process '{process}' changed",
        StageAdded = stage => $"Customer journey stage '{stage}' added",
        StageRemoved = stage => $"Customer journey stage '{stage}' removed",
        StageRenamed = (old, stage) => $"Customer journey stage '{old}' reworded as '{stage}'",
        Lists = ListJoiner.English,
    };

    /// <summary>Turkish, as a revision table of a Turkish quality manual reads ("… olarak güncellendi").</summary>
    public static ChangeWords Turkish { get; } = new()
    {
        Tag = "tr",
        Quote = name => $"\u201C{name}\u201D",
        Set = (name, value) => $"{name}: {value} olarak belirlendi",
        Cleared = (name, old) => $"{name} kaldırıldı (önceki: {old})",
        Changed = (name, old, value) => $"{name}: {old} yerine {value}",
        TemplateChanged = "Şablon değiştirildi",
        LayoutUpdated = "Sayfa düzeni güncellendi",
        Separator = "; ",
        Names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Title"] = "Unvan", ["Department"] = "Departman", ["Reports to"] = "Bağlı olduğu pozisyon", ["Direct reports"] = "Doğrudan bağlı pozisyonlar",
            ["Type"] = "Çalışma şekli", ["Hours"] = "Çalışma süresi", ["Status"] = "Durum", ["Holder"] = "Görevli", ["Owner"] = "Doküman sahibi",
            ["Qualifications"] = "Eğitim ve sertifikalar", ["Skills"] = "Beceriler", ["Experience"] = "Deneyim", ["Location"] = "Çalışma yeri",
            ["Grade"] = "Kademe", ["Contract"] = "Sözleşme türü",
            ["Approver"] = "Onaylayan", ["Process name"] = "Süreç adı", ["Core business system"] = "Temel iş sistemi", ["Process owner"] = "Süreç sahibi",
            ["Trigger"] = "Başlatan olay", ["Outcome"] = "Çıktı", ["KPI"] = "Performans göstergesi", ["KPI target"] = "Hedef", ["Tools"] = "Araçlar",
            ["frequency"] = "sıklık", ["tools"] = "araçlar", ["process"] = "süreç", ["currentlyDoneBy"] = "şu anda yürüten",
            ["system"] = "sistem", ["kpi"] = "performans göstergesi", ["target"] = "hedef", ["trigger"] = "başlatan olay", ["outcome"] = "çıktı",
            ["steps"] = "adımlar", ["doneBy"] = "yürüten", ["for"] = "pozisyon", ["Organisation"] = "Kuruluşun adı", ["Related procedures"] = "İlgili prosedürler",
        },
        ListAdded = (name, items) => $"{name}: {items} eklendi",
        ListRemoved = (name, items) => $"{name}: {items} çıkarıldı",
        TaskAdded = text => $"\u201C{text}\u201D görevi eklendi",
        TaskRemoved = text => $"\u201C{text}\u201D görevi çıkarıldı",
        TaskReworded = (old, text) => $"\u201C{old}\u201D görevi \u201C{text}\u201D olarak yeniden yazıldı",
        TaskField = (field, text) => $"\u201C{text}\u201D görevinde {field}",
        NowOwns = process => $"\u201C{process}\u201D sürecinin sahibi oldu",
        NoLongerOwns = process => $"\u201C{process}\u201D sürecinin sahibi değil",
        ProcessField = (field, process) => $"\u201C{process}\u201D sürecinde {field}",
        PurposeRewritten = "Pozisyonun amacı yeniden yazıldı",
        StepAdded = (task, step) => $"\u201C{task}\u201D görevi {step}. adım olarak eklendi",
        StepRemoved = (task, step) => $"\u201C{task}\u201D görevi çıkarıldı ({step}. adımdı)",
        StepReworded = (step, old, text) => $"{step}. adım yeniden yazıldı: \u201C{old}\u201D yerine \u201C{text}\u201D",
        StepRoleCleared = (step, old) => $"{step}. adımın sorumlusu kaldırıldı (önceki: {old})",
        StepNowDoneBy = (step, role, old) => old.Length == 0 ? $"{step}. adımı artık {role} yürütüyor (önceden sorumlusu yoktu)" : $"{step}. adımı artık {role} yürütüyor (önceki: {old})",
        StepMoved = (task, old, step) => $"\u201C{task}\u201D görevi {old}. adımdan {step}. adıma taşındı",
        StepField = (field, step) => $"{step}. adımda {field}",
        OrganisationRenamed = (old, name) => $"Kuruluşun adı {old} yerine {name} oldu",
        ReportsToHeldBy = (manager, holder) => $"Bağlı olduğu pozisyon {manager}; bu pozisyonda artık {holder} görevli",
        ReportsToVacant = manager => $"Bağlı olduğu pozisyon {manager}; bu pozisyon artık boş",
        CoverAdded = (task, role) => role.Length == 0 ? $"\u201C{task}\u201D görevini artık üstleniyor" : $"\u201C{task}\u201D görevini artık {role} yerine üstleniyor",
        CoverRemoved = (task, role) => role.Length == 0 ? $"\u201C{task}\u201D görevini artık üstlenmiyor" : $"\u201C{task}\u201D görevini artık {role} yerine üstlenmiyor",
        CoverReworded = (old, task) => $"Üstlenilen \u201C{old}\u201D görevi \u201C{task}\u201D olarak yeniden yazıldı",
        CoverNowFor = (task, role, old) => old.Length == 0 ? $"\u201C{task}\u201D görevini artık {role} yerine üstleniyor" : $"\u201C{task}\u201D görevini artık {role} yerine üstleniyor (önceki: {old})",
        CoverField = (field, task) => $"Üstlenilen \u201C{task}\u201D görevinde {field}",
        RelatedField = (field, procedure) => $"İlgili \u201C{procedure}\u201D prosedüründe {field}",
        DoneTodayBy = (task, who, old) => $"\u201C{task}\u201D görevini bugün {who} yürütüyor (önceki: {old})",
        TasksReordered = process => $"\u201C{process}\u201D sürecindeki görevlerin sırası değişti",
        StageAdded = stage => $"Müşteri yolculuğunda \u201C{stage}\u201D aşaması eklendi",
        StageRemoved = stage => $"Müşteri yolculuğunda \u201C{stage}\u201D aşaması çıkarıldı",
        StageRenamed = (old, stage) => $"Müşteri yolculuğunda \u201C{old}\u201D aşamasının adı \u201C{stage}\u201D oldu",
        Lists = ListJoiner.Turkish,
    };

    /// <summary>Simplified Chinese, as the 修订记录 of a controlled document reads.</summary>
    public static ChangeWords Chinese { get; } = new()
    {
        Tag = "zh-Hans",
        Quote = name => $"\u201C{name}\u201D",
        Set = (name, value) => $"{name}设为{value}",
        Cleared = (name, old) => $"{name}已清除（原为{old}）",
        Changed = (name, old, value) => $"{name}由{old}改为{value}",
        TemplateChanged = "模板变更",
        LayoutUpdated = "版式更新",
        Separator = "；",
        Names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Title"] = "岗位名称", ["Department"] = "所属部门", ["Reports to"] = "直接上级", ["Direct reports"] = "直接下属",
            ["Type"] = "用工类型", ["Hours"] = "工作时间", ["Status"] = "任职状态", ["Holder"] = "任职人", ["Owner"] = "文件负责人",
            ["Qualifications"] = "学历与证书", ["Skills"] = "技能要求", ["Experience"] = "工作经验", ["Location"] = "工作地点",
            ["Grade"] = "职级", ["Contract"] = "合同类型",
            ["Approver"] = "批准人", ["Process name"] = "流程名称", ["Core business system"] = "核心业务系统", ["Process owner"] = "流程负责人",
            ["Trigger"] = "触发条件", ["Outcome"] = "输出结果", ["KPI"] = "绩效指标", ["KPI target"] = "目标值", ["Tools"] = "工具",
            ["frequency"] = "频次", ["tools"] = "工具", ["process"] = "所属流程", ["currentlyDoneBy"] = "目前承担人",
            ["system"] = "系统", ["kpi"] = "绩效指标", ["target"] = "目标值", ["trigger"] = "触发条件", ["outcome"] = "输出结果",
            ["steps"] = "步骤", ["doneBy"] = "执行人", ["for"] = "所属岗位", ["Organisation"] = "组织名称", ["Related procedures"] = "相关程序",
        },
        ListAdded = (name, items) => $"{name}：新增{items}",
        ListRemoved = (name, items) => $"{name}：移除{items}",
        TaskAdded = text => $"新增任务\u201C{text}\u201D",
        TaskRemoved = text => $"删除任务\u201C{text}\u201D",
        TaskReworded = (old, text) => $"任务\u201C{old}\u201D改写为\u201C{text}\u201D",
        TaskField = (field, text) => $"任务\u201C{text}\u201D的{field}",
        NowOwns = process => $"开始负责流程\u201C{process}\u201D",
        NoLongerOwns = process => $"不再负责流程\u201C{process}\u201D",
        ProcessField = (field, process) => $"流程\u201C{process}\u201D的{field}",
        PurposeRewritten = "岗位目的已改写",
        StepAdded = (task, step) => $"新增任务\u201C{task}\u201D，为第{step}步",
        StepRemoved = (task, step) => $"删除任务\u201C{task}\u201D（原第{step}步）",
        StepReworded = (step, old, text) => $"第{step}步改写：\u201C{old}\u201D改为\u201C{text}\u201D",
        StepRoleCleared = (step, old) => $"第{step}步不再指定执行岗位（原为{old}）",
        StepNowDoneBy = (step, role, old) => old.Length == 0 ? $"第{step}步现由{role}执行（原未指定）" : $"第{step}步现由{role}执行（原为{old}）",
        StepMoved = (task, old, step) => $"任务\u201C{task}\u201D由第{old}步移至第{step}步",
        StepField = (field, step) => $"第{step}步的{field}",
        OrganisationRenamed = (old, name) => $"组织名称由{old}更名为{name}",
        ReportsToHeldBy = (manager, holder) => $"直接上级{manager}现由{holder}担任",
        ReportsToVacant = manager => $"直接上级{manager}现已空缺",
        CoverAdded = (task, role) => role.Length == 0 ? $"现承担任务\u201C{task}\u201D" : $"现代为{role}承担任务\u201C{task}\u201D",
        CoverRemoved = (task, role) => role.Length == 0 ? $"不再承担任务\u201C{task}\u201D" : $"不再代{role}承担任务\u201C{task}\u201D",
        CoverReworded = (old, task) => $"代为承担的任务\u201C{old}\u201D改写为\u201C{task}\u201D",
        CoverNowFor = (task, role, old) => old.Length == 0 ? $"现代为{role}承担任务\u201C{task}\u201D" : $"任务\u201C{task}\u201D现代为{role}承担（原为代{old}承担）",
        CoverField = (field, task) => $"代为承担的任务\u201C{task}\u201D的{field}",
        RelatedField = (field, procedure) => $"相关程序\u201C{procedure}\u201D的{field}",
        DoneTodayBy = (task, who, old) => $"任务\u201C{task}\u201D目前由{who}执行（原为{old}）",
        TasksReordered = process => $"流程\u201C{process}\u201D中任务的顺序已调整",
        StageAdded = stage => $"新增客户旅程环节\u201C{stage}\u201D",
        StageRemoved = stage => $"删除客户旅程环节\u201C{stage}\u201D",
        StageRenamed = (old, stage) => $"客户旅程环节\u201C{old}\u201D更名为\u201C{stage}\u201D",
        Lists = ListJoiner.Chinese,
    };
}
