using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;
using OfficeInfra.Testing;

namespace OfficeInfra.Service.Tests.Support;

/// <summary>Workbook bytes for tests: the sample, registers with errors, and broken files.</summary>
public static class Workbooks
{
    public static byte[] Of(RegisterSet registers)
    {
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, registers);
        return stream.ToArray();
    }

    public static byte[] Sample() => Of(SampleOrganisation.Create());

    /// <summary>A task whose role does not exist (an error at Tasks row 3, column Role) and a vacant role.</summary>
    public static RegisterSet WithErrors() => RegisterSetBuilder.Valid()
        .Task("Count the till", "Ops", role: "Ghost")
        .Build();

    /// <summary>The bytes of each kind of unreadable input, by name.</summary>
    public static byte[] Unreadable(string kind) => kind switch
    {
        "random-bytes" => Enumerable.Range(0, 500).Select(i => (byte)(i * 37 % 251)).ToArray(),
        "truncated-zip" => Sample()[..600],
        "empty" => [],
        "docx" => Docx(),
        "no-tasks-sheet" => RawWorkbook.Create("x",
            new RawSheet("Departments", [["Department"], ["Ops"]]),
            new RawSheet("Roles", [["Role", "Department"], ["Boss", "Ops"]]),
            new RawSheet("Processes", [["Process", "Department"]])),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }
        return stream.ToArray();
    }
}
