using OfficeInfra.Documents.OrgCharts.Slides;
using OfficeInfra.Registers.Journey;

namespace OfficeInfra.Documents.Journey;

/// <summary>
/// One row of the blueprint: what it holds, its label at the left, what its box says at each stage (null: no box there) and how
/// the boxes look. Its height is what its longest box needs, never less than <see cref="MinHeight"/>.
/// </summary>
internal sealed record BlueprintLane(
    BlueprintLaneKind Kind,
    string Label,
    Func<JourneyStageView, IReadOnlyList<TextRun>?> Content,
    string Geometry,
    string? Fill,
    string? Outline,
    double MinHeight);
