using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Wording;

/// <summary>The delegation report's sheet names, column headers and chart title in one language.</summary>
/// <param name="Columns">Headers of the Delegations sheet: task ID, task, process, should be done by, done today by, their role, frequency.</param>
/// <param name="DoerColumns">Headers of the By person sheet before the frequencies: done today by, their role, tasks; then
/// one per frequency (the language's frequency names) and the last for others.</param>
/// <param name="VacantColumns">Headers of the Vacant roles sheet: role, department, tasks, covered, covered by, done by nobody.</param>
/// <param name="DocumentType">The report's document type (Office's Subject property).</param>
public sealed record DelegationWords(
    string DocumentType, string DelegationsSheet, string ByPersonSheet, string VacantSheet, string ChartTitle, string OtherFrequency,
    IReadOnlyList<string> Columns, IReadOnlyList<string> DoerColumns, IReadOnlyList<string> VacantColumns)
{
    /// <summary>The report's words in <paramref name="language"/>.</summary>
    public static DelegationWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => new("Görev devri raporu", "Devredilecek işler", "Kişi bazında", "Boş roller",
            "Başka rollere ait görevleri bugün kim yürütüyor", "Diğer",
            ["Görev no", "Görev", "Süreç", "Yürütmesi gereken", "Bugün yürüten", "Yürütenin rolü", "Sıklık"],
            ["Bugün yürüten", "Rolü", "Görev sayısı"],
            ["Rol", "Departman", "Görev sayısı", "Başkasınca yürütülen", "Yürütenler", "Kimsenin yürütmediği"]),
        DocumentLanguage.ChineseSimplified => new("任务委派报告", "待移交任务", "按承担人", "空缺岗位",
            "目前由谁承担其他岗位的任务", "其他",
            ["任务编号", "任务", "流程", "应由岗位", "目前承担人", "承担人岗位", "频次"],
            ["目前承担人", "所在岗位", "任务数"],
            ["岗位", "部门", "任务数", "他人代承担", "代承担人", "无人承担"]),
        _ => new("Delegation report", "Delegations", "By person", "Vacant roles",
            "Who does other roles' tasks today", "Other",
            ["Task ID", "Task", "Process", "Should be done by", "Done today by", "Their role", "Frequency"],
            ["Done today by", "Their role", "Tasks"],
            ["Role", "Department", "Tasks", "Covered", "Covered by", "Done by nobody"]),
    };
}
