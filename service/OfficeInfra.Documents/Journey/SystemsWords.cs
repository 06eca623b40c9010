namespace OfficeInfra.Documents.Journey;

/// <summary>Every fixed English word of the business systems workbook, in one place (see <see cref="BlueprintWords"/>).</summary>
internal static class SystemsWords
{
    public const string DocumentType = "Business systems map";
    public const string SystemsSheet = "Systems", ProcessesSheet = "Processes", SilosSheet = "Silos";
    public const string NoKpi = "No KPI", NoSystem = "No system";
    public const string SiloStage = "Stage served in silos", OffJourney = "Department off the journey", WithoutKpi = "Customer process without KPI";
    public const string NeverOnStage = "Neither on stage nor back stage at any stage of the journey.";
    public const string TouchesWithoutKpi = "Supports the customer journey but has no KPI.";

    public static readonly string[] SystemsHeaders = ["System", "Processes", "Departments", "Owners", "KPIs", "Flag"];

    public static readonly string[] ProcessHeaders =
        ["System", "Process", "Department", "Owner", "Departments involved", "KPI", "Target", "SOP", "Journey stages", "Flag"];

    public static readonly string[] SiloHeaders = ["Finding", "Where", "Detail"];

    public static string SharedNoProcess(IReadOnlyList<string> departments) =>
        $"Served by {string.Join(", ", departments)}, which share none of its back-stage processes.";
}
