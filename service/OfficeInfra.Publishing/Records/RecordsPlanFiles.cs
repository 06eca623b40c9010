using DocumentFormat.OpenXml.Packaging;
using OfficeInfra.Publishing.Local;

namespace OfficeInfra.Publishing.Records;

/// <summary>Writes <c>Records Plan.xlsx</c> and the Purview file plan CSV into a folder, never over a file someone else made,
/// readable by their owner only (<see cref="PrivateFiles"/>): they list every department's documents.</summary>
public static class RecordsPlanFiles
{
    /// <summary>Throws when <paramref name="folder"/> holds a file of either name that OfficeInfra did not write; call it
    /// before a run, so a refused plan costs nothing.</summary>
    /// <exception cref="OfficeInfraException">Such a file is there (it is left alone).</exception>
    public static void CheckWritable(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        foreach (var path in new[] { Path.Combine(folder, RecordsPlanWorkbook.FileName), Path.Combine(folder, FilePlanCsv.FileName) })
        {
            if (File.Exists(path) && !Ours(path))
            {
                throw new OfficeInfraException(ErrorKind.UnreadableInput,
                    $"'{path}' was not written by OfficeInfra, so it is left alone; choose another folder for the records plan.");
            }
        }
    }

    /// <summary>Writes both files into <paramref name="folder"/> (created when missing); returns their paths.</summary>
    /// <exception cref="OfficeInfraException">A file of either name that OfficeInfra did not write is there (it is left alone).</exception>
    public static IReadOnlyList<string> Write(string folder, LibraryRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CheckWritable(folder);
        Directory.CreateDirectory(folder);
        var workbook = Path.Combine(folder, RecordsPlanWorkbook.FileName);
        var csv = Path.Combine(folder, FilePlanCsv.FileName);
        var temporary = workbook + ".tmp";
        // Both list every department's documents, Restricted ones included: the user's alone, as the records are.
        using (var stream = PrivateFiles.Create(temporary))
        {
            RecordsPlanWorkbook.Write(stream, result);
        }
        File.Move(temporary, workbook, overwrite: true);
        PrivateFiles.WriteFile(csv, FilePlanCsv.Write(result.Desired));
        return [workbook, csv];
    }

    // The workbook says who wrote it; the CSV starts with the import template's header line.
    private static bool Ours(string path)
    {
        try
        {
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                var header = string.Join(',', FilePlanCsv.Columns);
                return File.ReadLines(path).FirstOrDefault()?.TrimStart('\uFEFF') == header;
            }
            using var document = SpreadsheetDocument.Open(path, false);
            return document.PackageProperties.Creator == "OfficeInfra" && document.PackageProperties.Title == RecordsPlanWorkbook.Title;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or OpenXmlPackageException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
