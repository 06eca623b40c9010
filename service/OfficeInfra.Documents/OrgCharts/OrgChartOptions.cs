namespace OfficeInfra.Documents.OrgCharts;

/// <summary>Choices that shape the org charts.</summary>
public sealed record OrgChartOptions
{
    /// <summary>
    /// Show every role in the organisation-wide deck. Off (the default): that deck shows a Confidential or Restricted
    /// department's head and headcount only (the full chart stays in the department's own deck, which only the
    /// department's readers can open), and the whole-organisation chart of an organisation larger than
    /// <see cref="WholeChartRoles"/> stops at the department heads.
    /// </summary>
    public bool FullDetail { get; init; }

    /// <summary>
    /// The most roles the whole-organisation chart draws one by one (default 100). A larger organisation's chart shows
    /// its top roles down to each department's heads, with a box under them ("+221 roles · slide 14") that leads to
    /// the department's chart in the same deck, so the deck does not draw every role twice.
    /// </summary>
    public int WholeChartRoles { get; init; } = 100;
}
