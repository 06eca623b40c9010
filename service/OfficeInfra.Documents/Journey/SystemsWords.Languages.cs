using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

internal sealed partial record SystemsWords
{
    public static SystemsWords English { get; } = new()
    {
        DocumentType = "Business systems map",
        Title = organisation => $"{organisation} business systems map",
        SystemsSheet = "Systems", ProcessesSheet = "Processes", SilosSheet = "Silos",
        NoKpi = "No KPI", NoSystem = "No system",
        SiloStage = "Stage served in silos", OffJourney = "Department off the journey", WithoutKpi = "Customer process without KPI",
        NeverOnStage = "Neither on stage nor back stage at any stage of the journey.",
        TouchesWithoutKpi = "Supports the customer journey but has no KPI.",
        SystemsHeaders = ["System", "Processes", "Departments", "Owners", "KPIs", "Flag"],
        ProcessHeaders = ["System", "Process", "Department", "Owner", "Departments involved", "KPI", "Target", "SOP", "Journey stages", "Flag"],
        SiloHeaders = ["Finding", "Where", "Detail"],
        SharedNoProcess = departments => $"Served by {ListJoiner.English.And(departments)}, which share none of its back-stage processes.",
        ListSeparator = "; ",
    };

    /// <summary>Turkish, in the words of Turkish quality-management documents (süreç sahibi, prosedür).</summary>
    public static SystemsWords Turkish { get; } = new()
    {
        DocumentType = "İş sistemleri haritası",
        Title = organisation => $"{organisation} iş sistemleri haritası",
        SystemsSheet = "Sistemler", ProcessesSheet = "Süreçler", SilosSheet = "Silolar",
        NoKpi = "KPI yok", NoSystem = "Sistem yok",
        SiloStage = "Birimlerin ayrı ayrı hizmet verdiği aşama", OffJourney = "Yolculukta yer almayan birim", WithoutKpi = "KPI'sı olmayan müşteri süreci",
        NeverOnStage = "Yolculuğun hiçbir aşamasında ne müşteriyle temas ediyor ne de sahne arkasında yer alıyor.",
        TouchesWithoutKpi = "Müşteri yolculuğunu destekliyor ancak bir KPI'sı yok.",
        SystemsHeaders = ["Sistem", "Süreçler", "Birimler", "Süreç sahipleri", "KPI'lar", "Uyarı"],
        ProcessHeaders = ["Sistem", "Süreç", "Birim", "Süreç sahibi", "İlgili birimler", "KPI", "Hedef", "Prosedür", "Yolculuk aşamaları", "Uyarı"],
        SiloHeaders = ["Bulgu", "Yer", "Açıklama"],
        SharedNoProcess = departments => $"Hizmet verenler: {ListJoiner.Turkish.And(departments)}; bu birimler aşamanın sahne arkası süreçlerinden hiçbirini paylaşmıyor.",
        ListSeparator = "; ",
    };

    /// <summary>Simplified Chinese, in the words of mainland quality-management documents (流程负责人, 作业程序).</summary>
    public static SystemsWords Chinese { get; } = new()
    {
        DocumentType = "业务体系图",
        Title = organisation => $"{organisation} 业务体系图",
        SystemsSheet = "业务体系", ProcessesSheet = "流程", SilosSheet = "部门壁垒",
        NoKpi = "无KPI", NoSystem = "无所属体系",
        SiloStage = "各自为政的环节", OffJourney = "未参与客户旅程的部门", WithoutKpi = "无KPI的客户流程",
        NeverOnStage = "在客户旅程的任何环节，既不在前台，也不在后台。",
        TouchesWithoutKpi = "支持客户旅程，但没有KPI。",
        SystemsHeaders = ["业务体系", "流程", "部门", "流程负责人", "KPI", "标记"],
        ProcessHeaders = ["业务体系", "流程", "部门", "流程负责人", "涉及部门", "KPI", "目标值", "作业程序", "旅程环节", "标记"],
        SiloHeaders = ["发现", "位置", "说明"],
        SharedNoProcess = departments => $"由{ListJoiner.Chinese.And(departments)}服务，但它们没有共同参与该环节的任何后台流程。",
        ListSeparator = "；",
    };
}
