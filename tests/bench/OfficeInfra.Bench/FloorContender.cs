using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace OfficeInfra.Bench;

/// <summary>
/// The floor: what writing the zip alone costs. The template's parts are read once; per document the finished
/// <c>word/document.xml</c> (built beforehand, outside the timing) is swapped in and the package written.
/// </summary>
public sealed partial class FloorContender
{
    private readonly List<(string Name, byte[] Content)> _parts = [];
    private readonly string _documentXml = "";

    /// <summary>Reads the template (docxtemplater dialect: plain tags and a <c>{{#tasks}}</c> row).</summary>
    public FloorContender(byte[] template)
    {
        using var zip = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (entry.FullName == "word/document.xml") _documentXml = Encoding.UTF8.GetString(copy.ToArray());
            else _parts.Add((entry.FullName, copy.ToArray()));
        }
        if (_documentXml.Length == 0) throw new InvalidOperationException("The template has no word/document.xml.");
    }

    /// <summary>The finished document XML for one role, built with plain string work (not timed).</summary>
    public string Prebuild(PeerRole role)
    {
        var row = LoopRow().Match(_documentXml);
        var rows = string.Concat(role.Tasks.Select(t => Fill(row.Value, t.Task, t.Frequency, t.Tools)
            .Replace("{{#tasks}}", "", StringComparison.Ordinal).Replace("{{/tasks}}", "", StringComparison.Ordinal)));
        var xml = _documentXml.Remove(row.Index, row.Length).Insert(row.Index, rows);
        return xml.Replace("{{title}}", Escape(role.Title), StringComparison.Ordinal)
            .Replace("{{department}}", Escape(role.Department), StringComparison.Ordinal)
            .Replace("{{reportsTo}}", Escape(role.ReportsTo), StringComparison.Ordinal)
            .Replace("{{type}}", Escape(role.Type), StringComparison.Ordinal)
            .Replace("{{holder}}", Escape(role.Holder), StringComparison.Ordinal)
            .Replace("{{summary}}", Escape(role.Summary), StringComparison.Ordinal);
    }

    /// <summary>Writes the package with <paramref name="documentXml"/> swapped in.</summary>
    public void Write(string documentXml, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, content) in _parts)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            stream.Write(content);
        }
        using var main = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        main.Write(documentXml);
    }

    private static string Fill(string row, string task, string frequency, string tools) =>
        row.Replace("{{task}}", Escape(task), StringComparison.Ordinal)
            .Replace("{{frequency}}", Escape(frequency), StringComparison.Ordinal)
            .Replace("{{tools}}", Escape(tools), StringComparison.Ordinal);

    private static string Escape(string value) => SecurityElement.Escape(value);

    [GeneratedRegex(@"<w:tr>(?:(?!<w:tr>).)*?\{\{#tasks\}\}.*?</w:tr>", RegexOptions.Singleline)]
    private static partial Regex LoopRow();
}
