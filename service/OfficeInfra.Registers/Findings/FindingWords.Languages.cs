using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Findings;

public sealed partial record FindingWords
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>English, the sentences the rules have always written.</summary>
    public static FindingWords English { get; } = new()
    {
        Tag = "en",
        Quote = name => $"'{name}'",
        And = items => ListJoiner.English.And(items),
        Or = items => ListJoiner.English.Or(items),
        Named = (subject, name) => (subject, name) switch
        {
            (Subject.Department, null) => "This department",
            (Subject.Department, _) => $"Department '{name}'",
            (Subject.Role, null) => "This role",
            (Subject.Role, _) => $"Role '{name}'",
            (Subject.Task, null) => "The task on this row",
            (Subject.Task, _) => $"Task '{name}'",
            (Subject.Process, null) => "This process",
            (Subject.Process, _) => $"Process '{name}'",
            (Subject.Stage, null) => "This stage",
            (Subject.Stage, _) => $"Stage '{name}'",
            (_, null) => "This task ID",
            _ => $"Task ID '{name}'",
        },
        Organisation = "The organisation",
        MissingValue = (subject, column) => $"{subject} has no {column}, which is required.",
        UnknownReference = (subject, relation, _, name, register) => relation switch
        {
            Relation.HeadedBy => $"{subject} is headed by '{name}', which is not in the {register} register.",
            Relation.BelongsToDepartment => $"{subject} belongs to department '{name}', which is not in the {register} register.",
            Relation.ReportsTo => $"{subject} reports to '{name}', which is not in the {register} register.",
            Relation.OwnedBy => $"{subject} is owned by '{name}', which is not in the {register} register.",
            Relation.GivenToRole => $"{subject} is given to role '{name}', which is not in the {register} register.",
            Relation.BelongsToProcess => $"{subject} belongs to process '{name}', which is not in the {register} register.",
            Relation.LabelsDepartment => $"{subject} is for department '{name}', which is not in the {register} register.",
            _ => $"{subject} is supported back stage by process '{name}', which is not in the {register} register.",
        },
        NotListed = (subject, column, value, allowed) => $"{subject} has {column} '{value}', which is not one of {allowed}.",
        ListedTwice = (subject, first) => $"{subject} is listed twice; it is already {(first is null ? "above" : $"on row {first}")}.",
        TooManyDepartments = limit => $"There are more than {limit} departments; the method advises nine or fewer, so consider merging some.",
        DepartmentWithoutTasks = subject => $"{subject} has no tasks in the Tasks register.",
        KpiNotSet = subject => $"{subject} has no KPI, so its SOP and job descriptions cannot say how it is measured.",
        VacantRole = subject => $"{subject} is vacant: nobody holds it yet.",
        PersonSpecificationMissing = subject =>
            $"{subject} has no qualifications, skills, experience, location, grade or contract, so its job description has no person specification.",
        RoleWithoutTasks = subject => $"{subject} has no tasks in the Tasks register, so its job description would be empty.",
        ReportsToItself = role => $"Role '{role}' reports to itself; it must report to another role or to nobody.",
        ReportingCycle = (roles, chain) => $"Roles {roles} report to each other in a circle ({chain}); one of them must report outside it.",
        TaskWithoutRole = subject => $"{subject} has no Role, so it appears in no job description.",
        StepNotANumber = (subject, step) => $"{subject} has Step '{step}', which is not a number, so its place in the process is unknown.",
        DuplicateTask = (task, earlier, where, department, nearly) =>
            $"Task '{task}' {(nearly ? "is nearly the same as" : "repeats")} '{earlier}' ({where}) in department '{department}'.",
        StepRepeated = (process, step, task, earlier, where) => $"Process '{process}' has step {N(step)} twice: task '{task}' and '{earlier}' ({where}).",
        StepStart = (process, step) => $"Process '{process}' starts at step {N(step)}; steps should start at 1.",
        StepGap = (process, previous, step) => $"Process '{process}' jumps from step {N(previous)} to step {N(step)}; the steps in between are missing.",
        Where = (row, id) => row is null ? $"task {id}" : $"row {row}",
        InvalidReviewInterval = (value, most) => $"The organisation's Review Interval '{value}' is not a whole number of months from 1 to {most}.",
        TextTooLong = (column, row, length, most) => string.Create(Invariant,
            $"{(row is null ? $"A {column} cell" : $"The {column} cell on row {row}")} holds {length:N0} characters; a cell can hold at most {most:N0}."),
        UnknownDepartmentOrRole = (stage, name) => $"{stage} is served on stage by '{name}', which is neither in the Departments nor in the Roles register.",
        StageWithoutBackStage = stage => $"{stage} names no back-stage process, so nothing behind the scenes is seen to make it work.",
        ProcessWithoutSystem = process => $"Process '{process}' supports the customer journey but belongs to no core business system.",
        TooManySystems = count => $"The processes name {count} core business systems; the method advises nine or fewer, so consider merging some.",
        SiloStage = (stage, departments) => $"Stage '{stage}' is served by {departments}, which share none of its back-stage processes.",
        DepartmentOffJourney = department => $"Department '{department}' appears nowhere in the customer journey, neither on stage nor back stage.",
        CustomerProcessWithoutKpi = process => $"Process '{process}' supports the customer journey but has no KPI to measure it.",
        Severities = new Dictionary<Severity, string> { [Severity.Error] = "error", [Severity.Warning] = "warning" },
        Counts = (errors, warnings) => Counted(", ", "no problems", (errors, "1 error", "{0} errors"), (warnings, "1 warning", "{0} warnings")),
        FullStop = ". ",
        ErrorsBlock = "Errors block generating and publishing; fix them and run validate again.",
    };

    /// <summary>Turkish: the thing first, then what is wrong with it ("“Teknisyen” rolü: …"), as Turkish forms report errors.</summary>
    public static FindingWords Turkish { get; } = new()
    {
        Tag = "tr",
        Quote = name => $"\u201C{name}\u201D",
        And = items => ListJoiner.Turkish.And(items),
        Or = items => ListJoiner.Turkish.Or(items),
        Named = (subject, name) => (subject, name) switch
        {
            (Subject.Department, null) => "Bu satırdaki departman",
            (Subject.Department, _) => $"\u201C{name}\u201D departmanı",
            (Subject.Role, null) => "Bu satırdaki rol",
            (Subject.Role, _) => $"\u201C{name}\u201D rolü",
            (Subject.Task, null) => "Bu satırdaki görev",
            (Subject.Task, _) => $"\u201C{name}\u201D görevi",
            (Subject.Process, null) => "Bu satırdaki süreç",
            (Subject.Process, _) => $"\u201C{name}\u201D süreci",
            (Subject.Stage, null) => "Bu satırdaki aşama",
            (Subject.Stage, _) => $"\u201C{name}\u201D aşaması",
            (_, null) => "Bu satırdaki görev numarası",
            _ => $"\u201C{name}\u201D görev numarası",
        },
        Organisation = "Kuruluş",
        MissingValue = (subject, column) => $"{subject}: {column} sütunu boş; bu sütunun doldurulması zorunludur.",
        UnknownReference = (subject, _, column, name, register) =>
            $"{subject}: {column} sütununda \u201C{name}\u201D yazıyor, ancak {register} sayfasında bu adda bir kayıt yok.",
        NotListed = (subject, column, value, allowed) => $"{subject}: {column} sütunundaki \u201C{value}\u201D geçerli bir değer değil; şunlardan biri olmalı: {allowed}.",
        ListedTwice = (subject, first) => first is null
            ? $"{subject} iki kez yazılmış; aynı ad yukarıda da var."
            : $"{subject} iki kez yazılmış; aynı ad {first}. satırda da var.",
        TooManyDepartments = limit => $"Departman sayısı {limit} sınırını aşıyor; yöntem en fazla dokuz departman önerir, bazılarını birleştirmeyi düşünün.",
        DepartmentWithoutTasks = subject => $"{subject}: Tasks sayfasında bu departmana ait hiç görev yok.",
        KpiNotSet = subject => $"{subject}: KPI belirlenmemiş; bu yüzden prosedürü ve ilgili görev tanımları sürecin nasıl ölçüldüğünü söyleyemiyor.",
        VacantRole = subject => $"{subject} boş: henüz bu rolü üstlenen kimse yok.",
        PersonSpecificationMissing = subject =>
            $"{subject}: nitelik, beceri, deneyim, çalışma yeri, kademe veya sözleşme bilgisi girilmemiş; görev tanımında aranan nitelikler bölümü yer almayacak.",
        RoleWithoutTasks = subject => $"{subject}: Tasks sayfasında bu rol için hiç görev yok; görev tanımı boş kalır.",
        ReportsToItself = role => $"\u201C{role}\u201D rolü kendisine bağlı görünüyor; Reports To sütununa başka bir rol yazılmalı ya da sütun boş bırakılmalı.",
        ReportingCycle = (roles, chain) => $"{roles} rolleri birbirine bağlanarak bir döngü oluşturuyor ({chain}); içlerinden birinin Reports To değeri döngünün dışındaki bir rol olmalı.",
        TaskWithoutRole = subject => $"{subject}: Role sütunu boş; bu görev hiçbir görev tanımında yer almaz.",
        StepNotANumber = (subject, step) => $"{subject}: Step sütunundaki \u201C{step}\u201D bir sayı değil; görevin süreçteki yeri belirlenemiyor.",
        DuplicateTask = (task, earlier, where, department, nearly) =>
            $"\u201C{task}\u201D görevi, \u201C{department}\u201D departmanındaki \u201C{earlier}\u201D göreviyle ({where}) {(nearly ? "neredeyse aynı" : "aynı")}.",
        StepRepeated = (process, step, task, earlier, where) =>
            $"\u201C{process}\u201D sürecinde {N(step)}. adım iki kez geçiyor: \u201C{task}\u201D ve \u201C{earlier}\u201D ({where}).",
        StepStart = (process, step) => $"\u201C{process}\u201D süreci {N(step)}. adımdan başlıyor; adımlar 1'den başlamalı.",
        StepGap = (process, previous, step) => $"\u201C{process}\u201D sürecinde {N(previous)}. adımdan {N(step)}. adıma atlanıyor; aradaki adımlar eksik.",
        Where = (row, id) => row is null ? $"{id} numaralı görev" : $"{row}. satır",
        InvalidReviewInterval = (value, most) => $"Kuruluşun Review Interval değeri \u201C{value}\u201D geçersiz; 1 ile {most} arasında tam bir ay sayısı olmalı.",
        TextTooLong = (column, row, length, most) => string.Create(CultureInfo.GetCultureInfo("tr-TR"),
            $"{(row is null ? $"Bir {column} hücresinde" : $"{row}. satırdaki {column} hücresinde")} {length:N0} karakter var; bir hücre en fazla {most:N0} karakter alabilir."),
        UnknownDepartmentOrRole = (stage, name) => $"{stage}: On Stage By sütunundaki \u201C{name}\u201D ne Departments ne de Roles sayfasında var.",
        StageWithoutBackStage = stage => $"{stage}: hiçbir arka plan süreci belirtilmemiş; perde arkasında bu aşamayı neyin yürüttüğü görünmüyor.",
        ProcessWithoutSystem = process => $"\u201C{process}\u201D süreci müşteri yolculuğunu destekliyor, ancak hiçbir temel iş sistemine bağlı değil.",
        TooManySystems = count => $"Süreçlerde {count} temel iş sistemi geçiyor; yöntem en fazla dokuz sistem önerir, bazılarını birleştirmeyi düşünün.",
        SiloStage = (stage, departments) => $"\u201C{stage}\u201D aşamasında {departments} departmanları yer alıyor, ancak bu aşamanın arka plan süreçlerinin hiçbirini birlikte yürütmüyorlar.",
        DepartmentOffJourney = department => $"\u201C{department}\u201D departmanı müşteri yolculuğunun hiçbir yerinde yok: ne ön planda ne de arka planda.",
        CustomerProcessWithoutKpi = process => $"\u201C{process}\u201D süreci müşteri yolculuğunu destekliyor, ancak onu ölçecek bir KPI yok.",
        Severities = new Dictionary<Severity, string> { [Severity.Error] = "hata", [Severity.Warning] = "uyarı" },
        Counts = (errors, warnings) => Counted(", ", "sorun yok", (errors, "1 hata", "{0} hata"), (warnings, "1 uyarı", "{0} uyarı")),
        FullStop = ". ",
        ErrorsBlock = "Hatalar belge üretimini ve yayınlamayı engeller; hataları düzeltip validate komutunu yeniden çalıştırın.",
    };

    /// <summary>Simplified Chinese: short sentences with full-width punctuation, as mainland business software reports input errors.</summary>
    public static FindingWords Chinese { get; } = new()
    {
        Tag = "zh-Hans",
        Quote = name => $"\u201C{name}\u201D",
        And = items => ListJoiner.Chinese.And(items),
        Or = items => ListJoiner.Chinese.Or(items),
        Named = (subject, name) => (subject, name) switch
        {
            (Subject.Department, null) => "本行的部门",
            (Subject.Department, _) => $"部门\u201C{name}\u201D",
            (Subject.Role, null) => "本行的角色",
            (Subject.Role, _) => $"角色\u201C{name}\u201D",
            (Subject.Task, null) => "本行的任务",
            (Subject.Task, _) => $"任务\u201C{name}\u201D",
            (Subject.Process, null) => "本行的流程",
            (Subject.Process, _) => $"流程\u201C{name}\u201D",
            (Subject.Stage, null) => "本行的阶段",
            (Subject.Stage, _) => $"阶段\u201C{name}\u201D",
            (_, null) => "本行的任务编号",
            _ => $"任务编号\u201C{name}\u201D",
        },
        Organisation = "组织",
        MissingValue = (subject, column) => $"{subject}缺少\u201C{column}\u201D，该列为必填项。",
        UnknownReference = (subject, _, column, name, register) => $"{subject}的\u201C{column}\u201D为\u201C{name}\u201D，但{register}表中没有该项。",
        NotListed = (subject, column, value, allowed) => $"{subject}的\u201C{column}\u201D为\u201C{value}\u201D，不是有效值，应为{allowed}之一。",
        ListedTwice = (subject, first) => first is null ? $"{subject}重复出现，上方已有同名项。" : $"{subject}重复出现，第{first}行已有同名项。",
        TooManyDepartments = limit => $"部门数量超过{limit}个；该方法建议不超过九个部门，请考虑合并部分部门。",
        DepartmentWithoutTasks = subject => $"{subject}在Tasks表中没有任何任务。",
        KpiNotSet = subject => $"{subject}未设定KPI，因此其作业程序和相关岗位说明书无法说明如何衡量该流程。",
        VacantRole = subject => $"{subject}空缺，目前无人任职。",
        PersonSpecificationMissing = subject => $"{subject}未填写任职资格、技能、经验、工作地点、职级或合同类型，因此其岗位说明书中没有任职要求。",
        RoleWithoutTasks = subject => $"{subject}在Tasks表中没有任何任务，其岗位说明书将为空。",
        ReportsToItself = role => $"角色\u201C{role}\u201D的汇报对象是其自身；应汇报给另一个角色，或不填写Reports To。",
        ReportingCycle = (roles, chain) => $"角色{roles}相互汇报，形成循环（{chain}）；其中一个角色必须汇报给循环以外的角色。",
        TaskWithoutRole = subject => $"{subject}未填写Role，因此不会出现在任何岗位说明书中。",
        StepNotANumber = (subject, step) => $"{subject}的Step为\u201C{step}\u201D，不是数字，因此无法确定其在流程中的位置。",
        DuplicateTask = (task, earlier, where, department, nearly) =>
            $"任务\u201C{task}\u201D与部门\u201C{department}\u201D中的任务\u201C{earlier}\u201D（{where}）{(nearly ? "几乎相同" : "重复")}。",
        StepRepeated = (process, step, task, earlier, where) => $"流程\u201C{process}\u201D中第{N(step)}步出现两次：任务\u201C{task}\u201D和\u201C{earlier}\u201D（{where}）。",
        StepStart = (process, step) => $"流程\u201C{process}\u201D从第{N(step)}步开始；步骤应从第1步开始。",
        StepGap = (process, previous, step) => $"流程\u201C{process}\u201D从第{N(previous)}步跳到第{N(step)}步，中间的步骤缺失。",
        Where = (row, id) => row is null ? $"任务{id}" : $"第{row}行",
        InvalidReviewInterval = (value, most) => $"组织的Review Interval\u201C{value}\u201D无效，应为1到{most}之间的整月数。",
        TextTooLong = (column, row, length, most) => string.Create(Invariant,
            $"{(row is null ? $"某个{column}单元格" : $"第{row}行的{column}单元格")}包含{length:N0}个字符；一个单元格最多只能容纳{most:N0}个字符。"),
        UnknownDepartmentOrRole = (stage, name) => $"{stage}的On Stage By为\u201C{name}\u201D，但它既不在Departments表中，也不在Roles表中。",
        StageWithoutBackStage = stage => $"{stage}没有指定任何后台流程，看不出幕后由什么支撑这一阶段。",
        ProcessWithoutSystem = process => $"流程\u201C{process}\u201D支撑客户旅程，但不属于任何核心业务系统。",
        TooManySystems = count => $"各流程共涉及{count}个核心业务系统；该方法建议不超过九个，请考虑合并部分系统。",
        SiloStage = (stage, departments) => $"阶段\u201C{stage}\u201D由{departments}共同服务，但这些部门没有共同参与该阶段的任何后台流程。",
        DepartmentOffJourney = department => $"部门\u201C{department}\u201D在客户旅程中没有出现，既不在前台，也不在后台。",
        CustomerProcessWithoutKpi = process => $"流程\u201C{process}\u201D支撑客户旅程，但没有用于衡量它的KPI。",
        Severities = new Dictionary<Severity, string> { [Severity.Error] = "错误", [Severity.Warning] = "警告" },
        Counts = (errors, warnings) => Counted("，", "没有问题", (errors, "1个错误", "{0}个错误"), (warnings, "1个警告", "{0}个警告")),
        FullStop = "。",
        ErrorsBlock = "存在错误时无法生成或发布文档；请修正后重新运行 validate。",
    };

    private static string N(decimal step) => step.ToString(Invariant);

    private static string Counted(string separator, string none, params (int Count, string One, string Many)[] parts)
    {
        var said = parts.Where(p => p.Count > 0).Select(p => p.Count == 1 ? p.One : string.Format(Invariant, p.Many, p.Count)).ToList();
        return said.Count == 0 ? none : string.Join(separator, said);
    }
}
