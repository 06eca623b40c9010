namespace OfficeInfra.Documents.Journey;

/// <summary>What a lane of the blueprint holds, whatever its label says in the organisation's language.</summary>
internal enum BlueprintLaneKind
{
    CustomerActions,
    PainPoints,
    FrontStage,
    OnStage,
    LineOfVisibility,
    BackStage,
    SupportSystems,
    Kpis,
}
