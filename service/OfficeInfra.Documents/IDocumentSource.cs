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

    /// <summary>
    /// As <see cref="Generate(RegisterSet, DateOnly)"/>, stopping with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancellationToken"/> is cancelled, also inside a long document (a job's timeout or cancel).
    /// Sources that finish each document quickly need not override it.
    /// </summary>
    IEnumerable<GeneratedDocument> Generate(RegisterSet registers, DateOnly asOf, CancellationToken cancellationToken) =>
        Generate(registers, asOf);
}
