using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// The library's records the Excel add-in keeps inside a register workbook (<c>addin/src/excel/workbookRecords.ts</c>):
/// custom XML parts of namespace <see cref="Namespace"/>, each <c>&lt;records run=… index=… count=…&gt;</c> holding a
/// piece of the records' JSON. The newest run whose pieces are all there is the workbook's records; a run a failed
/// write left incomplete is passed over, as the add-in passes it over.
/// </summary>
public static class WorkbookRecords
{
    /// <summary>The custom XML parts' namespace.</summary>
    public const string Namespace = "urn:officeinfra:records:1";

    // The add-in writes at most a million characters per part; anything far larger is not ours.
    private const long MaxPartCharacters = 16_000_000;

    private sealed record Piece(string Run, int Index, int Count, string Text);

    /// <summary>
    /// The records kept in the workbook at <paramref name="path"/>; null when it holds none, or none that can be read
    /// (the add-in then starts again too).
    /// </summary>
    public static LibraryRecords? Read(string path)
    {
        List<Piece> pieces;
        try
        {
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            pieces = [.. (document.WorkbookPart?.CustomXmlParts ?? []).Select(PieceOf).OfType<Piece>()];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Optional data: a workbook whose parts cannot be read (or a file that is no workbook, which the register
            // reader reports) has no records to follow on from, as for the add-in.
            return null;
        }
        if (Newest(pieces) is not { } json)
        {
            return null;
        }
        try
        {
            return LibraryRecords.Parse(Encoding.UTF8.GetBytes(json));
        }
        catch (OfficeInfraException)
        {
            return null;
        }
    }

    private static Piece? PieceOf(CustomXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxPartCharacters });
        var root = XElement.Load(reader);
        if (root.Name != XName.Get("records", Namespace)
            || (string?)root.Attribute("run") is not { Length: > 0 } run
            || !int.TryParse((string?)root.Attribute("index"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse((string?)root.Attribute("count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || index >= count)
        {
            return null;
        }
        return new Piece(run, index, count, root.Value);
    }

    /// <summary>The JSON of the newest run whose pieces 0…count-1 are each there once (runs sort by their ISO time).</summary>
    private static string? Newest(List<Piece> pieces) => pieces
        .GroupBy(p => p.Run, StringComparer.Ordinal)
        .Select(run => (run.Key, Pieces: run.OrderBy(p => p.Index).ToList()))
        .Where(run => run.Pieces.Select((p, i) => p.Index == i && p.Count == run.Pieces.Count).All(ok => ok))
        .OrderByDescending(run => run.Key, StringComparer.Ordinal)
        .Select(run => string.Concat(run.Pieces.Select(p => p.Text)))
        .FirstOrDefault();
}
