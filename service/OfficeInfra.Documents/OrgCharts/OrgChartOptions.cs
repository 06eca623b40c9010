namespace OfficeInfra.Documents.OrgCharts;

/// <summary>Choices that shape the org charts.</summary>
public sealed record OrgChartOptions
{
    /// <summary>
    /// Show every role of Confidential and Restricted departments in the organisation-wide deck too. Off (the
    /// default): that deck shows such a department's head and headcount only, and the full chart stays in the
    /// department's own deck, which only the department's readers can open.
    /// </summary>
    public bool FullDetailOfConfidentialDepartments { get; init; }
}
