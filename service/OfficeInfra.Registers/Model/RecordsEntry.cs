namespace OfficeInfra.Registers.Model;

/// <summary>
/// A row of the optional Records register (issue 21): the retention label that documents of one type, or of one
/// department, get in the library, and optionally how long the label keeps them. Values are kept as written (trimmed);
/// the rules judge them (<see cref="RetentionValues"/> reads them).
/// </summary>
/// <param name="RetentionLabel">The label's name as the tenant's Purview file plan has it.</param>
/// <param name="Row">The worksheet row it came from (1-based), when known.</param>
public sealed record RecordsEntry(string RetentionLabel, int? Row = null)
{
    /// <summary>The document type the label is for (<c>Job Description</c>, <c>SOP</c>, … or its kebab-case kind); empty for a department's row.</summary>
    public string? DocumentType { get; init; }

    /// <summary>The department whose documents get the label, by name; empty for a document type's row.</summary>
    public string? Department { get; init; }

    /// <summary>How long the label keeps a document: <c>7 years</c>, <c>18 months</c>, <c>90 days</c> or <c>Unlimited</c>.</summary>
    public string? RetentionPeriod { get; init; }

    /// <summary>What happens when the period ends: Keep, Delete, or Keep and delete.</summary>
    public string? RetentionAction { get; init; }

    /// <summary>From when the period counts: When created, When last modified or When labelled.</summary>
    public string? RetentionTrigger { get; init; }
}
