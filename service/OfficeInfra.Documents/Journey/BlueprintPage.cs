using OfficeInfra.Registers.Journey;

namespace OfficeInfra.Documents.Journey;

/// <summary>One slide of the blueprint: its title, its section (the phase) and its stages, left to right.</summary>
internal sealed record BlueprintPage(string Title, string Section, IReadOnlyList<JourneyStageView> Stages);
