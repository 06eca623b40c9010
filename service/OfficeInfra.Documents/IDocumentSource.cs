using OfficeInfra.Registers.Model;

namespace OfficeInfra.Documents;

/// <summary>
/// Something that turns registers into documents: the Word generator (job descriptions and SOPs) and the org chart
/// generator each implement it, and the library generation runs every source it is given.
/// </summary>
public interface IDocumentSource
{
    /// <summary>How many documents <see cref="Generate"/> will yield for these registers (feeds progress bars).</summary>
    int Count(RegisterSet registers);

    /// <summary>
    /// Yields the documents one by one (lazily, so callers can report progress and stream them to disk).
    /// The same registers and <paramref name="asOf"/> date always give byte-identical documents.
    /// </summary>
    IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf);
}
