using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using HandlebarsDotNet;
using OfficeInfra.Documents.Packaging;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// A .docx template compiled once: its body, headers and footers turned into Handlebars programs over their XML,
/// every other part kept deflated. Rendering a document renders one string per templated part and writes the zip
/// around the untouched parts' bytes: no OpenXML DOM and no re-compression of styles or theme per document.
/// Compiled templates are immutable and safe to render from several threads.
/// </summary>
public sealed class DocxTemplate
{
    private readonly (int Index, string Name, HandlebarsTemplate<TextWriter, object, object> Render)[] _parts;
    private readonly ZipEntryBlob?[] _entries;
    private readonly ZipEntryBlob?[] _withProperties;
    private readonly (int Core, int Custom) _propertySlots;
    private readonly string _tags;

    private DocxTemplate(string name, string sha256, (int, string, HandlebarsTemplate<TextWriter, object, object>)[] parts, ZipEntryBlob?[] entries,
        ZipEntryBlob?[] withProperties, (int, int) propertySlots, string tags)
    {
        Name = name;
        Sha256 = sha256;
        _tags = tags;
        _parts = parts;
        _entries = entries;
        _withProperties = withProperties;
        _propertySlots = propertySlots;
    }

    /// <summary>The template's file name, used in messages.</summary>
    public string Name { get; }

    /// <summary>Lower-case hex SHA-256 of the template file: part of every document's model, so a new template is a new version.</summary>
    public string Sha256 { get; }

    /// <summary>True when a tag of the template names <paramref name="path"/> (<c>delegation.covering</c>): what a
    /// document's history may name of it (a change it does not print is no row of its history).</summary>
    public bool Mentions(string path) => _tags.Contains(path, StringComparison.Ordinal);

    /// <summary>
    /// Compiles a .docx template against the shape of its data. Any problem (unknown tag, unbalanced block, unknown
    /// helper, not a .docx) throws <see cref="OfficeInfraException"/> with <see cref="ErrorKind.InvalidTemplate"/>.
    /// </summary>
    public static DocxTemplate Compile(byte[] docx, string name, TemplateShape shape)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(shape);
        var parts = new List<(int, string, HandlebarsTemplate<TextWriter, object, object>)>();
        var entries = new List<ZipEntryBlob?>();
        var tags = new System.Text.StringBuilder();
        var read = ReadEntries(docx, name);
        foreach (var (entryName, content) in read)
        {
            // A tag may be split by Word so that "{{" never appears in the raw XML; any brace makes the part a candidate.
            if (IsTemplatedPart(entryName) && content.AsSpan().Contains((byte)'{'))
            {
                var source = CompilePart(content, name, shape);
                tags.AppendJoin('\n', PartAnalysis.TagPattern().Matches(source).Select(m => m.Value)).Append('\n');
                try
                {
                    parts.Add((entries.Count, entryName, TemplateEnvironment.Handlebars.Compile(new StringReader(source))));
                }
                catch (HandlebarsException e)
                {
                    // The analysis catches what it knows first; Handlebars' own messages run over several lines.
                    var reason = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
                    throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"{name} holds a tag Handlebars cannot read: {reason}.", e);
                }
                entries.Add(null);
            }
            else
            {
                entries.Add(ZipEntryBlob.Deflate(entryName, content, CompressionLevel.Optimal));
            }
        }
        if (!entries.Any(e => e?.Name == "word/document.xml") && !parts.Any(p => p.Item2 == "word/document.xml"))
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"{name} is not a Word document (it has no word/document.xml).");
        }
        return new DocxTemplate(name, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(docx)), [.. parts], [.. entries],
            WithProperties(read, entries, name, out var slots), slots, tags.ToString());
    }

    /// <summary>Renders one document from <paramref name="model"/> (dictionaries, lists, text and flags).</summary>
    public byte[] Render(object model) => Render(model, null);

    /// <summary>Renders one document and sets its Office properties (core and custom) from <paramref name="properties"/>.</summary>
    public byte[] Render(object model, DocumentProperties? properties)
    {
        var source = properties is null ? _entries : _withProperties;
        var entries = new ZipEntryBlob[source.Length];
        source.CopyTo(entries, 0);
        if (properties is not null)
        {
            (entries[_propertySlots.Core], entries[_propertySlots.Custom]) = PropertyParts.Render(properties);
        }
        foreach (var (index, name, render) in _parts)
        {
            entries[index] = RenderedPart.Deflate(name, writer => render(writer, model, null!));
        }
        return ZipPackageWriter.Write(entries);
    }

    /// <summary>The problems of the template's tags against <paramref name="shape"/>, without compiling it.</summary>
    internal static IReadOnlyList<TemplateProblem> Check(byte[] docx, string name, TemplateShape shape)
    {
        var problems = new List<TemplateProblem>();
        foreach (var (entryName, content) in ReadEntries(docx, name))
        {
            if (IsTemplatedPart(entryName))
            {
                var part = Load(content, name);
                PartPreparation.Prepare(part);
                problems.AddRange(PartAnalysis.Analyse(part, name, shape).Problems);
            }
        }
        return problems;
    }

    // The same entries, with content types and package relationships that name the two property parts.
    private static ZipEntryBlob?[] WithProperties(List<(string Name, byte[] Content)> read, List<ZipEntryBlob?> entries, string name,
        out (int Core, int Custom) slots)
    {
        List<(string Name, byte[] Content)> prepared;
        (int, int) found;
        try
        {
            (prepared, var core, var custom) = PropertyParts.Prepare(read);
            found = (core, custom);
        }
        catch (XmlException e)
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"{name} holds a package part that is not well-formed XML.", e);
        }
        slots = found;
        var result = new ZipEntryBlob?[prepared.Count];
        for (var i = 0; i < prepared.Count; i++)
        {
            var (entryName, content) = prepared[i];
            result[i] = i < entries.Count && entries[i] is null ? null
                : i < read.Count && ReferenceEquals(read[i].Content, content) ? entries[i]
                : ZipEntryBlob.Deflate(entryName, content, CompressionLevel.Optimal);
        }
        return result;
    }

    // A part goes through named stages, each a function of the last one's output: prepare (merge split runs), analyse
    // (read the tags and check them; changes nothing), lift (move block tags around what they repeat), clear repeated
    // marks, and then Handlebars compiles the text.
    private static string CompilePart(byte[] content, string name, TemplateShape shape)
    {
        var document = Load(content, name);
        PartPreparation.Prepare(document);
        var analysis = PartAnalysis.Analyse(document, name, shape);
        if (analysis.Problems.Count > 0)
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, analysis.Problems[0].Message);
        }
        BlockLifter.Lift(analysis.Blocks);
        RepeatedMarks.Remove(document);
        var declaration = document.Declaration?.ToString() ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        return declaration + "\r\n" + document.Root!.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
    }

    private static XDocument Load(byte[] content, string name)
    {
        try
        {
            // As the workbook reader does: no DTD, so no entity expansion (a 1 KB template once made 1 MB per
            // document) and no external entity ever resolved.
            using var reader = XmlReader.Create(new MemoryStream(content), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            });
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"{name} declares a DTD, which templates may not have; save it again from Word.", e);
        }
        catch (XmlException e)
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"{name} holds a part that is not well-formed XML.", e);
        }
    }

    private static bool IsTemplatedPart(string entryName) =>
        entryName == "word/document.xml" ||
        (entryName.StartsWith("word/header", StringComparison.Ordinal) && entryName.EndsWith(".xml", StringComparison.Ordinal)) ||
        (entryName.StartsWith("word/footer", StringComparison.Ordinal) && entryName.EndsWith(".xml", StringComparison.Ordinal));

    private static List<(string Name, byte[] Content)> ReadEntries(byte[] docx, string name)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            var entries = new List<(string, byte[])>();
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
            return entries;
        }
        catch (InvalidDataException e)
        {
            throw new OfficeInfraException(ErrorKind.InvalidTemplate, $"{name} is not a Word document (it is not a valid .docx package).", e);
        }
    }
}
