using System.Globalization;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

internal sealed partial record BlueprintWords
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>British English, as the Journey register's columns are written.</summary>
    public static BlueprintWords English { get; } = new()
    {
        Product = ProductWords.English,
        DocumentType = "Service blueprint",
        Title = organisation => $"{organisation} service blueprint",
        WholeJourney = "Customer journey",
        Overview = "Overview",
        NoPhase = "Journey",
        CustomerActions = "Customer actions",
        PainPoints = "Pain points",
        FrontStage = "Front stage (channels)",
        OnStage = "On stage",
        OnStageOf = department => $"On stage: {department}",
        LineOfVisibility = "Line of visibility",
        BackStage = "Back stage (processes)",
        SupportSystems = "Support systems",
        Kpis = "Measured by",
        Nobody = "Nobody on stage",
        NoBackStage = "No back-stage process",
        By = roles => "by " + ListJoiner.English.And(roles),
        StagesInPhases = (stages, phases) =>
            (stages == 1 ? "1 stage" : string.Create(Invariant, $"{stages} stages")) + " in " +
            (phases == 1 ? "1 phase" : string.Create(Invariant, $"{phases} phases")),
        AsOfText = date => $"As of {date}",
        Version = version => string.Create(Invariant, $"v{version}"),
        Colon = ": ",
    };

    /// <summary>Turkish, as Turkish customer-experience teams write a service blueprint (hizmet planı).</summary>
    public static BlueprintWords Turkish { get; } = new()
    {
        Product = ProductWords.Turkish,
        DocumentType = "Hizmet planı",
        Title = organisation => $"{organisation} hizmet planı",
        WholeJourney = "Müşteri yolculuğu",
        Overview = "Genel bakış",
        NoPhase = "Yolculuk",
        CustomerActions = "Müşterinin yaptıkları",
        PainPoints = "Sorun noktaları",
        FrontStage = "Ön sahne (kanallar)",
        OnStage = "Müşteriyle temas",
        OnStageOf = department => $"Müşteriyle temas: {department}",
        LineOfVisibility = "Görünürlük çizgisi",
        BackStage = "Sahne arkası (süreçler)",
        SupportSystems = "Destek sistemleri",
        Kpis = "Ölçüm",
        Nobody = "Müşteriyle temas eden yok",
        NoBackStage = "Destekleyen süreç yok",
        By = roles => "yürüten: " + ListJoiner.Turkish.Series(roles),
        StagesInPhases = (stages, phases) => string.Create(Invariant, $"{phases} evrede {stages} aşama"),
        AsOfText = date => $"{date} itibarıyla",
        Version = version => string.Create(Invariant, $"Rev. {version}"),
        Colon = ": ",
    };

    /// <summary>Simplified Chinese, as mainland service-design work writes a service blueprint (服务蓝图).</summary>
    public static BlueprintWords Chinese { get; } = new()
    {
        Product = ProductWords.Chinese,
        DocumentType = "服务蓝图",
        Title = organisation => $"{organisation} 服务蓝图",
        WholeJourney = "客户旅程",
        Overview = "概览",
        NoPhase = "旅程",
        CustomerActions = "客户行为",
        PainPoints = "痛点",
        FrontStage = "接触渠道",
        OnStage = "前台活动",
        OnStageOf = department => $"前台活动：{department}",
        LineOfVisibility = "可视分界线",
        BackStage = "后台（流程）",
        SupportSystems = "支持体系",
        Kpis = "衡量指标",
        Nobody = "无人与客户接触",
        NoBackStage = "无后台流程支持",
        By = roles => "负责：" + ListJoiner.Chinese.Series(roles),
        StagesInPhases = (stages, phases) => string.Create(Invariant, $"{phases} 个阶段，{stages} 个环节"),
        AsOfText = date => $"截至{date}",
        Version = version => string.Create(Invariant, $"第{version}版"),
        Colon = "：",
    };
}
