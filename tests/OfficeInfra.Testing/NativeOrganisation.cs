using System.Globalization;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Testing;

/// <summary>
/// A 36-role organisation written by its own people in Turkish or Chinese (or English): six departments of six roles,
/// one of each role type and more, a vacancy whose tasks others cover, person specifications, processes with triggers,
/// outcomes, KPIs and approvers, and a customer journey. No text of it is English (only the registers' fixed list values,
/// which the documents print in the language), so any English word in its documents is one the product wrote.
/// </summary>
public static class NativeOrganisation
{
    private sealed record Words(
        string Organisation, string[] Departments, string[] Kinds, string[] Verbs, string[] Things, string[] Processes,
        string[] Tools, string[] Systems, string[] Channels, string[] Phases, string[] Stages,
        Func<string, string, string> Role, Func<string, string, string, string> Task, Func<string, string> Summary,
        string Trigger, string Outcome, string Kpi, string Qualifications, string Skills, string Experience, string Location,
        string Grade, string Contract, string Holder, string CustomerAction, string OnStage, string PainPoint, string StageKpi);

    private static readonly Words Turkish = new(
        "Kuzey Ticaret A.Ş.", ["Operasyon", "Satış", "Finans", "İnsan Kaynakları", "Bilgi Teknolojileri", "Pazarlama"],
        ["Müdürü", "Uzmanı", "Stajyeri", "Gönüllüsü", "Danışmanı", "Tasarımcısı"],
        ["hazırla", "kontrol et", "gözden geçir", "gönder", "güncelle", "planla", "kaydet", "onayla"],
        ["haftalık raporu", "müşteri siparişlerini", "tedarikçi faturalarını", "stok sayımını", "eğitim planını", "yedekleme kaydını", "kampanya özetini", "bütçeyi"],
        ["Talep Alma", "Teslimat", "Gözden Geçirme"],
        ["Muhasebe programı", "Kontrol listesi", "Sipariş formu", "Bülten aracı"],
        ["Operasyon Yönetimi", "Satış", "Finansal Yönetim", "Çalışan Yönetimi", "Hizmet Yönetimi", "Pazarlama"],
        ["Web sitesi", "Telefon", "Mağaza", "Broşür"], ["Farkındalık", "Satın alma"], ["Keşif", "Teklif", "Sipariş"],
        (department, kind) => $"{department} {kind}", (verb, thing, department) => $"{department} için {thing} {verb}",
        department => $"{department} biriminin işlerinin zamanında ve düzenli yürümesini sağlar.",
        "Bir talep gelir.", "Talep tamamlanır ve kayda geçer.", "Zamanında tamamlanan işler",
        "Lisans diploması veya eşdeğer deneyim", "Planlama; yazılı iletişim", "Benzer bir görevde üç yıl", "İstanbul",
        "Uzman 2", "Belirsiz süreli", "Ayşe Yılmaz", "Müşteri ürünleri inceler", "Müşteriye danışmanlık verilir",
        "Yanıt gecikir", "Yanıt süresi");

    private static readonly Words Chinese = new(
        "北风贸易有限公司", ["运营部", "销售部", "财务部", "人力资源部", "信息技术部", "市场部"],
        ["经理", "专员", "实习生", "志愿者", "顾问", "设计师"],
        ["编制", "核对", "审阅", "发送", "更新", "规划", "登记", "审批"],
        ["周报", "客户订单", "供应商发票", "库存盘点", "培训计划", "备份日志", "活动简报", "预算"],
        ["受理流程", "交付流程", "复核流程"],
        ["财务软件", "检查表", "订单表格", "邮件群发工具"],
        ["运营管理", "销售", "财务管理", "员工管理", "服务管理", "市场营销"],
        ["官网", "客服电话", "门店", "宣传册"], ["认知", "购买"], ["了解", "报价", "下单"],
        (department, kind) => $"{department}{kind}", (verb, thing, department) => $"{verb}{department}的{thing}",
        department => $"确保{department}各项工作按时、有序地开展。",
        "收到一项申请。", "申请办结并登记。", "按时完成的事项",
        "本科学历或同等经验", "计划；书面沟通", "同类岗位三年以上经验", "上海", "P5", "无固定期限", "王芳",
        "客户了解产品", "为客户提供咨询", "回复不及时", "响应时间");

    private static readonly Words English = new(
        "Northwind Trading", ["Operations", "Sales", "Finance", "People", "Technology", "Marketing"],
        ["Manager", "Specialist", "Intern", "Volunteer", "Adviser", "Designer"],
        ["Prepare", "Check", "Review", "Send", "Update", "Plan", "Record", "Approve"],
        ["weekly report", "customer orders", "supplier invoices", "stock count", "training plan", "backup log", "campaign brief", "budget"],
        ["Intake", "Delivery", "Review"],
        ["Accounts package", "Checklist", "Order form", "Newsletter tool"],
        ["Operations Management", "Sales", "Financial Management", "Employee Management", "Service Management", "Marketing"],
        ["Website", "Phone", "Shop", "Brochure"], ["Awareness", "Purchase"], ["Discover", "Quote", "Order"],
        (department, kind) => $"{department} {kind}", (verb, thing, department) => $"{verb} the {thing} for {department}",
        department => $"Keeps {department} running smoothly and on time.",
        "A request arrives.", "The request is complete and recorded.", "Items handled on time",
        "Degree or equivalent experience", "Planning; clear writing", "Three years in a similar role", "Leeds",
        "Band 4", "Permanent", "Jane Smith", "The customer looks at the products", "Advise the customer",
        "Slow replies", "Reply time");

    // Two employees, then an intern, a volunteer, an outsourced firm and a freelancer in every department.
    private static readonly string[] Types = ["Employee", "Employee", "Intern", "Volunteer", "Outsourced", "Freelancer"];

    /// <summary>The organisation in <paramref name="language"/> (<c>en</c>, <c>tr</c> or <c>zh-Hans</c>).</summary>
    public static RegisterSet Create(string language)
    {
        var w = language switch { "tr" => Turkish, "zh-Hans" => Chinese, _ => English };
        var departments = new List<Department>();
        var roles = new List<Role>();
        var tasks = new List<TaskItem>();
        var processes = new List<Process>();
        for (var d = 0; d < w.Departments.Length; d++)
        {
            var department = w.Departments[d];
            var head = w.Role(department, w.Kinds[0]);
            departments.Add(new Department(department, head, "Internal", Description: w.Summary(department)) { ApprovedBy = w.Role(w.Departments[0], w.Kinds[0]) });
            foreach (var p in w.Processes)
            {
                processes.Add(new Process($"{department} {p}", department, w.Systems[d], head, w.Trigger, w.Outcome, w.Kpi, "95%",
                    [w.Tools[d % w.Tools.Length]]) { ApprovedBy = head });
            }
            for (var k = 0; k < w.Kinds.Length; k++)
            {
                var title = w.Role(department, w.Kinds[k]);
                var vacant = d == 1 && k == 1;
                var reportsTo = k > 0 ? head : d > 0 ? w.Role(w.Departments[0], w.Kinds[0]) : null;
                roles.Add(new Role(title, department, reportsTo, Types[k], vacant ? "Vacant" : "Filled",
                    vacant ? null : $"{w.Holder} {d + 1}{k + 1}", k < 2 ? "Full-time" : k < 4 ? "Part-time" : null, w.Summary(department))
                {
                    Qualifications = k % 2 == 0 ? w.Qualifications : null, Skills = k % 2 == 0 ? w.Skills : null,
                    Experience = k % 2 == 0 ? w.Experience : null, Location = k == 0 ? w.Location : null,
                    Grade = k == 0 ? w.Grade : null, Contract = k == 0 ? w.Contract : null,
                });
                // One to four tasks a role; the vacant role's tasks done today by the head.
                for (var t = 0; t < 1 + ((d + k) % 4); t++)
                {
                    var inProcess = t < 3;
                    tasks.Add(new TaskItem(string.Empty, w.Task(w.Verbs[(k + t) % w.Verbs.Length], w.Things[(d + k + t) % w.Things.Length], department),
                        department, title, inProcess ? $"{department} {w.Processes[t]}" : null, null,
                        Frequencies.List.Texts[(k + t) % 6], [w.Tools[(k + t) % w.Tools.Length]], vacant ? head : null));
                }
            }
        }
        // Steps 1, 2, 3 … in each process, in the order its tasks were written.
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        tasks = [.. tasks.Select((t, i) => t with
        {
            Id = "T" + (i + 1).ToString("D4", CultureInfo.InvariantCulture), Row = i + 2,
            Step = t.Process is { } p ? (steps[p] = steps.GetValueOrDefault(p) + 1).ToString(CultureInfo.InvariantCulture) : null,
        })];
        var journey = new List<JourneyStage>();
        for (var s = 0; s < w.Stages.Length * w.Phases.Length; s++)
        {
            journey.Add(new JourneyStage(s % w.Stages.Length == 0 ? w.Phases[s / w.Stages.Length] : string.Empty,
                $"{w.Stages[s % w.Stages.Length]} {s + 1}", s + 2)
            {
                CustomerAction = w.CustomerAction, FrontStage = [w.Channels[s % w.Channels.Length]], OnStage = w.OnStage,
                OnStageBy = [w.Role(w.Departments[1 + (s % 2)], w.Kinds[0])],
                BackStage = [processes[(s * 4) % processes.Count].Name], PainPoint = s % 2 == 0 ? w.PainPoint : null, Kpi = w.StageKpi,
            });
        }
        return new RegisterSet(w.Organisation,
            [.. departments.Select((x, i) => x with { Row = i + 2 })], [.. roles.Select((x, i) => x with { Row = i + 2 })], tasks,
            [.. processes.Select((x, i) => x with { Row = i + 2 })])
        {
            Journey = journey,
            Settings = new OrganisationSettings(w.Organisation, language, Row: 2),
        };
    }
}
