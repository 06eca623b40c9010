using System.Globalization;
using OfficeInfra.Documents.Wording;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// Every fixed word the service blueprint prints, in one language; the organisation's language (Organisation sheet)
/// chooses the instance, as it chooses the job descriptions' words: <see cref="For"/>. The registers' own text
/// (stages, channels, processes) is printed as written.
/// </summary>
internal sealed partial record BlueprintWords
{
    /// <summary>The words the rest of the product writes in the language: its dates.</summary>
    public required ProductWords Product { get; init; }

    /// <summary>What the deck is (title slide, Office's Subject property).</summary>
    public required string DocumentType { get; init; }

    /// <summary>The deck's title in Office's properties: "Contoso Ltd service blueprint".</summary>
    public required Func<string, string> Title { get; init; }

    /// <summary>The title of the one slide of a journey narrow enough for it.</summary>
    public required string WholeJourney { get; init; }

    public required string Overview { get; init; }

    /// <summary>The name of a phase the registers leave blank.</summary>
    public required string NoPhase { get; init; }

    public required string CustomerActions { get; init; }

    public required string PainPoints { get; init; }

    public required string FrontStage { get; init; }

    public required string OnStage { get; init; }

    /// <summary>The label of a department's own on-stage lane.</summary>
    public required Func<string, string> OnStageOf { get; init; }

    public required string LineOfVisibility { get; init; }

    public required string BackStage { get; init; }

    public required string SupportSystems { get; init; }

    public required string Kpis { get; init; }

    /// <summary>An on-stage box of a stage where nobody meets the customer.</summary>
    public required string Nobody { get; init; }

    /// <summary>A back-stage box of a stage no process supports.</summary>
    public required string NoBackStage { get; init; }

    /// <summary>Who does an on-stage activity, under it: "by Marketing Manager, Bookkeeper".</summary>
    public required Func<IReadOnlyList<string>, string> By { get; init; }

    /// <summary>The title slide's detail: "9 stages in 5 phases".</summary>
    public required Func<int, int, string> StagesInPhases { get; init; }

    /// <summary>(date as the language writes it): the title slide's date, "As of 1 December 2026".</summary>
    public required Func<string, string> AsOfText { get; init; }

    /// <summary>(version): the version in a slide's subtitle, "v2", "Rev. 2", "第2版".</summary>
    public required Func<int, string> Version { get; init; }

    /// <summary>What separates a box's stage, lane and text in its alt text (": ", "：").</summary>
    public required string Colon { get; init; }

    /// <summary>The words of <paramref name="language"/>.</summary>
    public static BlueprintWords For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Turkish => Turkish,
        DocumentLanguage.ChineseSimplified => Chinese,
        _ => English,
    };


    /// <summary>The title slide's date, written as every document of the language writes dates.</summary>
    public string AsOf(DateOnly date) => AsOfText(Product.Date(date));

    /// <summary>A part of a phase too wide for one slide: "Delivery (2/3)".</summary>
    public static string Part(string title, int part, int parts) => string.Create(CultureInfo.InvariantCulture, $"{title} ({part}/{parts})");

    /// <summary>What a box says for screen readers: its stage, its lane, its text.</summary>
    public string AltText(string stage, string lane, string text) => $"{stage}{Colon}{lane}{Colon}{text}";
}
