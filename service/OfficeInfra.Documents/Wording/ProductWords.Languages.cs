using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Wording;

public sealed partial record ProductWords
{
    /// <summary>British English, as the registers' column names are written.</summary>
    public static ProductWords English { get; } = new()
    {
        Tag = "en",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Lists = ListJoiner.English,
        DatePattern = "d MMMM yyyy",
        OtherResponsibilities = "Other responsibilities",
        RoleTypes = new Dictionary<RoleType, string>
        {
            [RoleType.Employee] = "Employee", [RoleType.Outsourced] = "Outsourced", [RoleType.Freelancer] = "Freelancer",
            [RoleType.Intern] = "Intern", [RoleType.Volunteer] = "Volunteer",
        },
        Hours = new Dictionary<Hours, string> { [Registers.Model.Hours.FullTime] = "Full-time", [Registers.Model.Hours.PartTime] = "Part-time" },
        Frequencies = new Dictionary<Frequency, string>
        {
            [Frequency.Daily] = "Daily", [Frequency.Weekly] = "Weekly", [Frequency.Monthly] = "Monthly",
            [Frequency.Quarterly] = "Quarterly", [Frequency.Yearly] = "Yearly", [Frequency.AsNeeded] = "As needed",
        },
        Filled = "Filled",
        Vacant = "Vacant",
        AccessLevels = new Dictionary<AccessLevel, string>
        {
            [AccessLevel.Public] = "Public", [AccessLevel.Internal] = "Internal", [AccessLevel.Confidential] = "Confidential", [AccessLevel.Restricted] = "Restricted",
        },
        RoleDocumentTypes = new Dictionary<RoleType, string>
        {
            [RoleType.Employee] = "Job description", [RoleType.Intern] = "Internship description",
            [RoleType.Volunteer] = "Volunteer role description", [RoleType.Outsourced] = "Service scope",
            [RoleType.Freelancer] = "Service scope",
        },
        SopDocumentType = "Standard operating procedure",
        HistoryRows = new Dictionary<string, string>(),
        PartPlayed = (owner, steps) => (owner, steps.Count) switch
        {
            (true, 0) => "Process owner",
            (true, 1) => $"Process owner; step {steps[0]}",
            (true, _) => $"Process owner; steps {ListJoiner.English.And(steps)}",
            (false, 0) => "Takes part",
            (false, 1) => $"Step {steps[0]}",
            _ => $"Steps {ListJoiner.English.And(steps)}",
        },
        SopPurpose = (name, trigger, outcome) => (trigger.Length, outcome.Length) switch
        {
            (> 0, > 0) => $"{name} exists to achieve this result: {Clause(outcome)}. This procedure sets out every step from the moment it starts (\u201C{Clause(trigger)}\u201D) to that result, who carries out each step and how the result is measured.",
            (0, > 0) => $"{name} exists to achieve this result: {Clause(outcome)}. This procedure sets out every step towards that result, who carries out each step and how the result is measured.",
            (> 0, 0) => $"This procedure sets out how {name} is carried out from the moment it starts (\u201C{Clause(trigger)}\u201D): every step, who carries it out and how the process is measured.",
            _ => $"This procedure sets out how {name} is carried out: every step, who carries it out and how the process is measured.",
        },
    };

    /// <summary>Turkish, in the register of Turkish HR and quality documents (görev tanımı, prosedür).</summary>
    public static ProductWords Turkish { get; } = new()
    {
        Tag = "tr",
        Culture = CultureInfo.GetCultureInfo("tr-TR"),
        Lists = ListJoiner.Turkish,
        DatePattern = "d MMMM yyyy",
        OtherResponsibilities = "Diğer sorumluluklar",
        RoleTypes = new Dictionary<RoleType, string>
        {
            [RoleType.Employee] = "Çalışan", [RoleType.Outsourced] = "Dış kaynak", [RoleType.Freelancer] = "Serbest çalışan",
            [RoleType.Intern] = "Stajyer", [RoleType.Volunteer] = "Gönüllü",
        },
        Hours = new Dictionary<Hours, string> { [Registers.Model.Hours.FullTime] = "Tam zamanlı", [Registers.Model.Hours.PartTime] = "Yarı zamanlı" },
        Frequencies = new Dictionary<Frequency, string>
        {
            [Frequency.Daily] = "Günlük", [Frequency.Weekly] = "Haftalık", [Frequency.Monthly] = "Aylık",
            [Frequency.Quarterly] = "Üç aylık", [Frequency.Yearly] = "Yıllık", [Frequency.AsNeeded] = "Gerektiğinde",
        },
        Filled = "Dolu",
        Vacant = "Boş",
        AccessLevels = new Dictionary<AccessLevel, string>
        {
            [AccessLevel.Public] = "Herkese açık", [AccessLevel.Internal] = "Kurum içi", [AccessLevel.Confidential] = "Gizli", [AccessLevel.Restricted] = "Kısıtlı",
        },
        RoleDocumentTypes = new Dictionary<RoleType, string>
        {
            [RoleType.Employee] = "Görev tanımı", [RoleType.Intern] = "Staj tanımı",
            [RoleType.Volunteer] = "Gönüllü görev tanımı", [RoleType.Outsourced] = "Hizmet kapsamı",
            [RoleType.Freelancer] = "Hizmet kapsamı",
        },
        SopDocumentType = "Standart çalışma prosedürü",
        // Turkish names steps by their ordinal: "3. adım", "1. ve 6. adımlar".
        PartPlayed = (owner, steps) =>
        {
            var done = steps.Count switch
            {
                0 => string.Empty,
                1 => $"{steps[0]}. adım",
                _ => $"{ListJoiner.Turkish.And(steps.Select(s => s + "."))} adımlar",
            };
            return (owner, done.Length) switch
            {
                (true, 0) => "Süreç sahibi",
                (true, _) => $"Süreç sahibi; {done}",
                (false, 0) => "Görev alır",
                _ => done,
            };
        },
        HistoryRows = new Dictionary<string, string>
        {
            ["First issue"] = "İlk yayın", ["First controlled version"] = "İlk kontrollü revizyon",
            ["Layout updated"] = "Sayfa düzeni güncellendi", ["Template changed"] = "Şablon değiştirildi",
            [Filing.Disclosure.WithheldRow] = "Gizli ya da kısıtlı bir birimin pozisyonunu andığı için gösterilmiyor",
        },
        SopPurpose = (name, trigger, outcome) => (trigger.Length, outcome.Length) switch
        {
            (> 0, > 0) => $"{name} sürecinin amacı şu sonuca ulaşmaktır: {Clause(outcome)}. Bu prosedür, süreci başlatan durumdan (\u201C{Clause(trigger)}\u201D) bu sonuca kadar her adımı, adımları kimin yürüttüğünü ve sonucun nasıl ölçüldüğünü tanımlar.",
            (0, > 0) => $"{name} sürecinin amacı şu sonuca ulaşmaktır: {Clause(outcome)}. Bu prosedür, bu sonuca giden her adımı, adımları kimin yürüttüğünü ve sonucun nasıl ölçüldüğünü tanımlar.",
            (> 0, 0) => $"Bu prosedür, {name} sürecinin başladığı andan (\u201C{Clause(trigger)}\u201D) itibaren nasıl yürütüldüğünü tanımlar: her adım, adımı kimin yürüttüğü ve sürecin nasıl ölçüldüğü.",
            _ => $"Bu prosedür, {name} sürecinin nasıl yürütüldüğünü tanımlar: her adım, adımı kimin yürüttüğü ve sürecin nasıl ölçüldüğü.",
        },
    };

    /// <summary>Simplified Chinese, in the register of mainland HR and quality-management documents (岗位说明书, 作业程序).</summary>
    public static ProductWords Chinese { get; } = new()
    {
        Tag = "zh-Hans",
        Culture = CultureInfo.GetCultureInfo("zh-Hans"),
        Lists = ListJoiner.Chinese,
        DatePattern = "yyyy年M月d日",
        OtherResponsibilities = "其他职责",
        RoleTypes = new Dictionary<RoleType, string>
        {
            [RoleType.Employee] = "正式员工", [RoleType.Outsourced] = "外包", [RoleType.Freelancer] = "自由职业者",
            [RoleType.Intern] = "实习生", [RoleType.Volunteer] = "志愿者",
        },
        Hours = new Dictionary<Hours, string> { [Registers.Model.Hours.FullTime] = "全职", [Registers.Model.Hours.PartTime] = "兼职" },
        Frequencies = new Dictionary<Frequency, string>
        {
            [Frequency.Daily] = "每日", [Frequency.Weekly] = "每周", [Frequency.Monthly] = "每月",
            [Frequency.Quarterly] = "每季度", [Frequency.Yearly] = "每年", [Frequency.AsNeeded] = "按需",
        },
        Filled = "在岗",
        Vacant = "空缺",
        AccessLevels = new Dictionary<AccessLevel, string>
        {
            [AccessLevel.Public] = "公开", [AccessLevel.Internal] = "内部", [AccessLevel.Confidential] = "机密", [AccessLevel.Restricted] = "受限",
        },
        RoleDocumentTypes = new Dictionary<RoleType, string>
        {
            [RoleType.Employee] = "岗位说明书", [RoleType.Intern] = "实习岗位说明",
            [RoleType.Volunteer] = "志愿者岗位说明", [RoleType.Outsourced] = "服务范围说明",
            [RoleType.Freelancer] = "服务范围说明",
        },
        SopDocumentType = "标准作业程序",
        PartPlayed = (owner, steps) => (owner, steps.Count) switch
        {
            (true, 0) => "流程负责人",
            (true, _) => $"流程负责人；第{ListJoiner.Chinese.Series(steps)}步",
            (false, 0) => "参与执行",
            _ => $"第{ListJoiner.Chinese.Series(steps)}步",
        },
        HistoryRows = new Dictionary<string, string>
        {
            ["First issue"] = "首次发布", ["First controlled version"] = "首个受控版本",
            ["Layout updated"] = "版式更新", ["Template changed"] = "模板变更",
            [Filing.Disclosure.WithheldRow] = "涉及机密或受限部门的岗位，不予显示",
        },
        SopPurpose = (name, trigger, outcome) => (trigger.Length, outcome.Length) switch
        {
            (> 0, > 0) => $"“{name}”流程的目的是达成以下结果：{Clause(outcome)}。本程序规定从流程启动（“{Clause(trigger)}”）到达成该结果的每一个步骤、各步骤的执行人以及结果的衡量方式。",
            (0, > 0) => $"“{name}”流程的目的是达成以下结果：{Clause(outcome)}。本程序规定达成该结果的每一个步骤、各步骤的执行人以及结果的衡量方式。",
            (> 0, 0) => $"本程序规定“{name}”流程自启动（“{Clause(trigger)}”）起的执行方式：每一个步骤、各步骤的执行人以及流程的衡量方式。",
            _ => $"本程序规定“{name}”流程的执行方式：每一个步骤、各步骤的执行人以及流程的衡量方式。",
        },
    };
}
