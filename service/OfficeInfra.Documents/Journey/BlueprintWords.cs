using System.Globalization;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// Every fixed English word the service blueprint and the business systems workbook print, in one place, so that
/// they can move into the product's per-language wording (issue 22) as one table.
/// </summary>
internal static class BlueprintWords
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public const string DocumentType = "Service blueprint";
    public const string WholeJourney = "Customer journey";
    public const string Overview = "Overview";
    public const string NoPhase = "Journey";
    public const string CustomerActions = "Customer actions";
    public const string PainPoints = "Pain points";
    public const string FrontStage = "Front stage (channels)";
    public const string OnStage = "On stage";
    public const string LineOfVisibility = "Line of visibility";
    public const string BackStage = "Back stage (processes)";
    public const string SupportSystems = "Support systems";
    public const string Kpis = "Measured by";
    public const string Nobody = "Nobody on stage";
    public const string NoBackStage = "No back-stage process";

    public static string OnStageOf(string department) => $"On stage: {department}";

    public static string By(IEnumerable<string> roles) => "by " + string.Join(", ", roles);

    public static string Part(string title, int part, int parts) => string.Create(Culture, $"{title} ({part}/{parts})");

    public static string StagesInPhases(int stages, int phases) =>
        (stages == 1 ? "1 stage" : string.Create(Culture, $"{stages} stages")) + " in " +
        (phases == 1 ? "1 phase" : string.Create(Culture, $"{phases} phases"));

    /// <summary>What a box says for screen readers: its stage, its lane, its text.</summary>
    public static string AltText(string stage, string lane, string text) => $"{stage}: {lane}: {text}";
}
