using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// Every fixed word the org charts print, in the organisation's language (the Organisation sheet's Language, as the
/// rest of the product chooses it: <see cref="For"/>). Each phrase is written once, in English, Turkish and Chinese
/// side by side; role types, dates and numbers come from <see cref="ProductWords"/>.
/// </summary>
internal sealed class ChartWords
{
    /// <summary>The organisation's name when the registers give none (the other generators' fallback too).</summary>
    public const string DefaultOrganisation = "Organisation";

    public const string Separator = " › ";

    private readonly DocumentLanguage _language;

    private ChartWords(DocumentLanguage language)
    {
        _language = language;
        Product = ProductWords.For(language);
    }

    public static ChartWords English { get; } = new(DocumentLanguage.English);

    private static readonly ChartWords Turkish = new(DocumentLanguage.Turkish);
    private static readonly ChartWords Chinese = new(DocumentLanguage.ChineseSimplified);

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static ChartWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };

    /// <summary>The words the rest of the product writes in this language (role types, dates).</summary>
    public ProductWords Product { get; }

    /// <summary>The language runs declare, so that spelling, line breaking and fonts follow the language.</summary>
    public Slides.RunLanguage RunLanguage => _language switch
    {
        DocumentLanguage.Turkish => Slides.RunLanguage.Turkish,
        DocumentLanguage.ChineseSimplified => Slides.RunLanguage.Chinese,
        _ => Slides.RunLanguage.English,
    };

    public string Organisation => Pick(DefaultOrganisation, "Kuruluş", "组织");
    public string OrganisationChart => Pick("Organisation chart", "Organizasyon şeması", "组织架构图");
    /// <summary>A deck's title in Office's properties: "Contoso Ltd organisation chart".</summary>
    public string DeckTitle(string subject) => Pick($"{subject} organisation chart", $"{subject} organizasyon şeması", $"{subject}组织架构图");

    public string WholeOrganisation => Pick("Whole organisation", "Tüm kuruluş", "整个组织");
    public string Contents => Pick("Contents", "İçindekiler", "目录");
    public string Overview => Pick("Overview", "Genel bakış", "概览");
    public string Summary => Pick("Summary", "Özet", "汇总");
    public string Vacant => Product.Vacant;
    public string Total => Pick("Total", "Toplam", "合计");
    public string NoRolesYet => Pick("No roles in this department yet.", "Bu birimde henüz pozisyon yok.", "该部门尚无岗位。");
    public string LegendHeading => Pick("Role type:", "Pozisyon türü:", "岗位类型：");
    public string LegendVacant => Pick("Vacant role (red outline and title)", "Boş pozisyon (kırmızı çerçeve ve başlık)", "空缺岗位（红色边框和标题）");
    public string DownToHeads => Pick("down to department heads, each department's chart follows",
        "birim yöneticilerine kadar, her birimin şeması ileride", "显示到部门负责人，各部门架构图见后");
    public string NoTeamsYet => Pick("No role has direct reports yet.", "Henüz hiçbir pozisyonun doğrudan bağlısı yok.", "尚无岗位有直接下属。");

    // The document control block, as the job descriptions and SOPs of the same language word it.
    public string DocumentId => Pick("Document ID", "Doküman no", "文件编号");
    public string Version => Pick("Version", "Revizyon", "版本");
    public string Effective => Pick("Effective", "Yürürlük tarihi", "生效日期");
    public string NextReview => Pick("Next review", "Sonraki gözden geçirme", "下次评审");
    public string Owner => Pick("Owner", "Sorumlu", "负责人");
    public string ApprovedBy => Pick("Approved by", "Onaylayan", "批准人");
    public string SignatureDate => Pick("Date", "Tarih", "日期");
    public string WhatChanged => Pick("What changed", "Yapılan değişiklik", "修订内容");

    /// <summary>Department, Roles, Vacant (then one column per role type), Levels, Largest team.</summary>
    public IReadOnlyList<string> SummaryHeaders => _language switch
    {
        DocumentLanguage.Turkish => ["Birim", "Pozisyon", "Boş", "Kademe", "En büyük ekip"],
        DocumentLanguage.ChineseSimplified => ["部门", "岗位", "空缺", "层级", "最大团队"],
        _ => ["Department", "Roles", "Vacant", "Levels", "Largest team"],
    };

    public string Date(DateOnly date) => Product.Date(date);

    public string AsOf(DateOnly date) => Pick($"As of {Date(date)}", $"{Date(date)} itibarıyla", $"截至{Date(date)}");

    public string Roles(int n) => Pick(n == 1 ? "1 role" : $"{Int(n)} roles", $"{Int(n)} pozisyon", $"{Int(n)} 个岗位");

    public string Departments(int n) => Pick(n == 1 ? "1 department" : $"{Int(n)} departments", $"{Int(n)} birim", $"{Int(n)} 个部门");

    /// <param name="outsideHeadcountOnly">True when <paramref name="vacant"/> leaves out the departments shown by
    /// their headcount only (the organisation deck's Confidential and Restricted ones), which the line then says.</param>
    public string RolesInDepartments(int roles, int departments, int vacant, bool outsideHeadcountOnly = false) => Pick(
        $"{Roles(roles)} in {Departments(departments)}, {Int(vacant)} vacant",
        $"{Departments(departments)}, {Roles(roles)}, {Int(vacant)} boş",
        $"{Departments(departments)}，{Roles(roles)}，{Int(vacant)} 个空缺") + Outside(outsideHeadcountOnly);

    /// <param name="outsideHeadcountOnly">As for <see cref="RolesInDepartments"/>.</param>
    public string RolesVacant(int roles, int vacant, bool outsideHeadcountOnly = false) =>
        Pick($"{Roles(roles)}, {Int(vacant)} vacant", $"{Roles(roles)}, {Int(vacant)} boş", $"{Roles(roles)}，{Int(vacant)} 个空缺")
        + Outside(outsideHeadcountOnly);

    private string Outside(bool outsideHeadcountOnly) => !outsideHeadcountOnly ? string.Empty
        : Pick(" outside Confidential and Restricted departments", " (gizli ve kısıtlı birimler hariç)", "（不含机密和受限部门）");

    /// <summary>A department the organisation deck counts but does not detail: "5 roles (Restricted)".</summary>
    public string Headcount(int roles, AccessLevel access) =>
        Pick($"{Roles(roles)} ({AccessName(access)})", $"{Roles(roles)} ({AccessName(access)})", $"{Roles(roles)}（{AccessName(access)}）");

    /// <summary>Under the summary's table when some department shows its headcount only.</summary>
    public string HeadcountOnlyNote => Pick(
        "Confidential and Restricted departments show their headcount only (–); each one's own chart shows the rest.",
        "Gizli ve kısıtlı birimlerin yalnızca pozisyon sayısı gösterilir (–); ayrıntılar her birimin kendi şemasındadır.",
        "机密和受限部门仅显示岗位数（–）；详情见各部门自己的架构图。");

    /// <summary>A "continued" box: "+27 roles · slide 14".</summary>
    public string MoreRoles(int roles, int slide) => $"+{Roles(roles)} · {Slide(slide)}";

    public string MoreRolesDescription(int roles, int slide, string title) => Pick(
        $"{Roles(roles)} more continue on slide {Int(slide)}: {title}",
        $"{Roles(roles)} daha, devamı slayt {Int(slide)}: {title}",
        $"另有{Roles(roles)}，续见第 {Int(slide)} 页：{title}");

    /// <summary>The link back on a continuation slide.</summary>
    public string ContinuedFrom(int slide, string title) => Pick(
        $"‹ Continued from slide {Int(slide)}: {title}",
        $"‹ Önceki bölüm, slayt {Int(slide)}: {title}",
        $"‹ 续自第 {Int(slide)} 页：{title}");

    /// <summary>A continuation's title when whole trees move: "Sales Manager and 3 more".</summary>
    public string AndMore(string first, int more) => more == 0 ? first : Pick(
        $"{first} and {Int(more)} more", $"{first} ve {Int(more)} pozisyon daha", $"{first}等{Int(more + 1)}个岗位");

    public string ReportsTo(string manager) => Pick($"Reports to {manager}", $"Bağlı olduğu: {manager}", $"上级：{manager}");

    public string CoveredBy(string who) => Pick($"Covered by: {who}", $"Vekâlet eden: {who}", $"代理：{who}");

    public string IndexEntry(string title, int roles, int slide) => $"{title} · {Roles(roles)} · {Slide(slide)}";

    /// <summary>On the head of a Confidential or Restricted department in the organisation deck: "+5 roles (Restricted)".</summary>
    public string HiddenDetail(int roles, AccessLevel access) => "+" + Headcount(roles, access);

    /// <summary>The summary's line under the table: the roles with the most direct reports, "Chief Executive (6)".</summary>
    public string MostReports(IEnumerable<(string Title, int Reports)> widest)
    {
        var list = widest.Select(b => Pick($"{b.Title} ({Int(b.Reports)})", $"{b.Title} ({Int(b.Reports)})", $"{b.Title}（{Int(b.Reports)}）"));
        var series = Product.Lists.Series(list);
        return Pick($"Most direct reports: {series}.", $"En çok doğrudan bağlısı olan pozisyonlar: {series}.", $"直接下属最多的岗位：{series}。");
    }

    public string RoleType(RoleType type) => Product.RoleTypes[type];

    /// <summary>The letter in a role's badge, so that its type reads without colour: the legend's name begins with it.</summary>
    public string TypeLetter(RoleType type) => _language switch
    {
        DocumentLanguage.Turkish => type switch
        {
            Registers.Model.RoleType.Employee => "Ç",
            Registers.Model.RoleType.Outsourced => "D",
            Registers.Model.RoleType.Freelancer => "S",
            Registers.Model.RoleType.Intern => "St",
            _ => "G",
        },
        DocumentLanguage.ChineseSimplified => Product.RoleTypes[type][..1],
        _ => type switch
        {
            Registers.Model.RoleType.Employee => "E",
            Registers.Model.RoleType.Outsourced => "O",
            Registers.Model.RoleType.Freelancer => "F",
            Registers.Model.RoleType.Intern => "I",
            _ => "V",
        },
    };

    public string BoxDescription(string title, string holder, string type) =>
        Pick($"{title}: {holder} ({type})", $"{title}: {holder} ({type})", $"{title}：{holder}（{type}）");

    public string LineDescription(string manager, string report) =>
        Pick($"{report} reports to {manager}", $"{report}, {manager} pozisyonuna bağlı", $"{report} 向 {manager} 汇报");

    /// <summary>The line to a "continued" box: "27 more roles report to Sales Manager".</summary>
    public string MoreLineDescription(string manager, int roles) => Pick(
        roles == 1 ? $"1 more role reports to {manager}" : $"{Int(roles)} more roles report to {manager}",
        $"{Int(roles)} pozisyon daha {manager} pozisyonuna bağlı", $"另有{Roles(roles)}向 {manager} 汇报");

    public string AccessName(AccessLevel access) => Product.AccessLevels[access];

    private string Slide(int slide) => Pick($"slide {Int(slide)}", $"slayt {Int(slide)}", $"第 {Int(slide)} 页");

    private static string Int(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Pick(string english, string turkish, string chinese) => _language switch
    {
        DocumentLanguage.Turkish => turkish,
        DocumentLanguage.ChineseSimplified => chinese,
        _ => english,
    };
}
