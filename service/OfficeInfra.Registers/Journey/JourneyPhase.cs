namespace OfficeInfra.Registers.Journey;

/// <summary>A phase of the journey and its stages, in row order.</summary>
public sealed record JourneyPhase(string Name, IReadOnlyList<JourneyStageView> Stages);
