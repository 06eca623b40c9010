using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents.OrgCharts;

/// <summary>
/// PowerPoint org charts: one deck for the whole organisation (department null, subject the organisation) and one
/// per department (subject the department name).
/// </summary>
public sealed class OrgChartGenerator : IDocumentSource
{
    /// <inheritdoc />
    public int Count(RegisterSet registers) => throw new NotImplementedException();

    /// <inheritdoc />
    public IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf) =>
        throw new NotImplementedException();
}
