using OfficeInfra.Documents.Wording;

namespace OfficeInfra.Documents.Journey;

public sealed partial class JourneyWording
{
    // The item kinds of the facts: a blueprint's stages; the systems map's rows by the table they are in.
    private const string Stage = "stage", System = SystemsMap.SystemItem, Process = SystemsMap.ProcessItem, Silo = SystemsMap.SiloItem;

    /// <summary>English: "Stage 'Delivery › Ship' added".</summary>
    public static JourneyWording English { get; } = new(ChangeWords.English, SystemsWords.English,
        new Dictionary<string, string> { [Stage] = "Stage", [System] = "System", [Process] = "Process", [Silo] = "Silo finding" },
        new Dictionary<string, string> { ["separator"] = ": " },
        (noun, quoted) => $"{noun} {quoted} added",
        (noun, quoted) => $"{noun} {quoted} removed");

    /// <summary>Turkish: "Aşama eklendi: “Teslimat › Sevkiyat”".</summary>
    public static JourneyWording Turkish { get; } = new(ChangeWords.Turkish, SystemsWords.Turkish,
        new Dictionary<string, string> { [Stage] = "Aşama", [System] = "Sistem", [Process] = "Süreç", [Silo] = "Silo bulgusu" },
        new Dictionary<string, string>
        {
            ["separator"] = ": ", ["Title"] = "Başlık", ["customer action"] = "müşterinin yaptığı", ["pain point"] = "sorun noktası",
            ["front stage"] = "ön sahne", ["on stage"] = "müşteriyle temas", ["on stage by"] = "temas eden",
            ["back stage"] = "sahne arkası", ["systems"] = "destek sistemleri", ["KPI"] = "ölçüm",
        },
        (noun, quoted) => $"{noun} eklendi: {quoted}",
        (noun, quoted) => $"{noun} kaldırıldı: {quoted}");

    /// <summary>Simplified Chinese: "新增环节“交付 › 发货”".</summary>
    public static JourneyWording Chinese { get; } = new(ChangeWords.Chinese, SystemsWords.Chinese,
        new Dictionary<string, string> { [Stage] = "环节", [System] = "业务体系", [Process] = "流程", [Silo] = "部门壁垒发现" },
        new Dictionary<string, string>
        {
            ["separator"] = "：", ["Title"] = "标题", ["customer action"] = "客户行为", ["pain point"] = "痛点",
            ["front stage"] = "接触渠道", ["on stage"] = "前台活动", ["on stage by"] = "前台负责人",
            ["back stage"] = "后台流程", ["systems"] = "支持体系", ["KPI"] = "衡量指标",
        },
        (noun, quoted) => $"新增{noun}{quoted}",
        (noun, quoted) => $"删除{noun}{quoted}");
}
