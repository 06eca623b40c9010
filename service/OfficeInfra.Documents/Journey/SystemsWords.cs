using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// Every fixed word of the business systems workbook in one language, chosen by the organisation's language as the
/// blueprint's are (<see cref="BlueprintWords"/>). The tables keep their names (Systems, SystemProcesses, Silos) in
/// every language, so formulas and Power Query that read them keep working; their sheets and headers are translated.
/// </summary>
internal sealed partial record SystemsWords
{
    public required string DocumentType { get; init; }

    /// <summary>The workbook's title in Office's properties: "Contoso Ltd business systems map".</summary>
    public required Func<string, string> Title { get; init; }

    public required string SystemsSheet { get; init; }

    public required string ProcessesSheet { get; init; }

    public required string SilosSheet { get; init; }

    public required string NoKpi { get; init; }

    public required string NoSystem { get; init; }

    /// <summary>The silo report's three kinds of finding.</summary>
    public required string SiloStage { get; init; }

    public required string OffJourney { get; init; }

    public required string WithoutKpi { get; init; }

    public required string NeverOnStage { get; init; }

    public required string TouchesWithoutKpi { get; init; }

    /// <summary>Headers of the Systems table: system, processes, departments, owners, KPIs, flag.</summary>
    public required IReadOnlyList<string> SystemsHeaders { get; init; }

    /// <summary>Headers of the SystemProcesses table: system, process, department, owner, departments involved, KPI,
    /// target, SOP, journey stages, flag.</summary>
    public required IReadOnlyList<string> ProcessHeaders { get; init; }

    /// <summary>Headers of the Silos table: finding, where, detail.</summary>
    public required IReadOnlyList<string> SiloHeaders { get; init; }

    /// <summary>Why a stage is served in silos, naming its departments.</summary>
    public required Func<IReadOnlyList<string>, string> SharedNoProcess { get; init; }

    /// <summary>How a list of names is joined in a cell ("; ", "；").</summary>
    public required string ListSeparator { get; init; }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static SystemsWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };
}
