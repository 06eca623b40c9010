using System.Xml;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Reading;

/// <summary>Reads the four registers from an .xlsx workbook, streaming each sheet (SPEC §2).</summary>
public static class XlsxRegisterReader
{
    /// <summary>Reads a workbook file. Throws <see cref="OfficeInfraException"/> (UnreadableInput) when it cannot.</summary>
    public static RegisterSet Read(string path) => ReadWorkbook(path).Registers;

    /// <summary>Reads a workbook from a stream (a non-seekable stream is buffered first).</summary>
    public static RegisterSet Read(Stream workbook) => ReadWorkbook(workbook).Registers;

    /// <summary>Reads a workbook file, also returning where each column sits (for <see cref="Findings.CellReference"/>).</summary>
    public static RegisterWorkbook ReadWorkbook(string path) => ReadWorkbook(path, XlsxReadOptions.Default);

    /// <summary>Reads a workbook file within the given limits.</summary>
    public static RegisterWorkbook ReadWorkbook(string path, XlsxReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw PackageGuard.Unreadable($"The file '{path}' does not exist.");
        }
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PackageGuard.Unreadable($"The file '{path}' cannot be opened: {e.Message}", e);
        }
        using (stream)
        {
            return ReadWorkbook(stream, $"The file '{Path.GetFileName(path)}'", options, Path.GetFileNameWithoutExtension(path));
        }
    }

    /// <summary>Reads a workbook from a stream, also returning where each column sits.</summary>
    public static RegisterWorkbook ReadWorkbook(Stream workbook) => ReadWorkbook(workbook, XlsxReadOptions.Default);

    /// <summary>Reads a workbook from a stream within the given limits.</summary>
    public static RegisterWorkbook ReadWorkbook(Stream workbook, XlsxReadOptions options) =>
        ReadWorkbook(workbook, "The uploaded file", options, fileName: null);

    private static RegisterWorkbook ReadWorkbook(Stream workbook, string what, XlsxReadOptions options, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!workbook.CanSeek)
        {
            var buffer = new MemoryStream();
            workbook.CopyTo(buffer);
            buffer.Position = 0;
            workbook = buffer;
        }
        if (workbook.Length == 0)
        {
            throw PackageGuard.Unreadable($"{what} is empty, not an Excel workbook (.xlsx).");
        }
        try
        {
            using var package = XlsxPackage.Open(workbook, what, options);
            return Read(package, fileName);
        }
        catch (XmlException e)
        {
            throw PackageGuard.Unreadable($"{what} is damaged: one of its parts is not valid XML or contains a DTD, which workbooks may not.", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException
                                      or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            throw PackageGuard.Unreadable($"{what} is not a readable Excel workbook (.xlsx).", e);
        }
    }

    /// <summary>
    /// Reads every register. The organisation's name is the Organisation sheet's Name, else the file's Title property
    /// (which Excel leaves empty unless someone fills it in), else the file's name.
    /// </summary>
    private static RegisterWorkbook Read(XlsxPackage package, string? fileName)
    {
        var workbook = WorkbookIndex.Read(package);
        if (workbook.Sheets.Count == 0)
        {
            throw PackageGuard.Unreadable($"{package.What} has no worksheets, so it holds no registers.");
        }
        var sharedStrings = SharedStringTable.Read(package, workbook.SharedStrings);
        var sheets = new RegisterLocator(package, workbook.Sheets);
        var layout = new RegisterLayout();
        var pool = new TextPool();
        List<T> Rows<T>(RegisterSheet<T> register) where T : class
        {
            var items = new List<T>();
            if (sheets.Find(register) is (var sheet, var range))
            {
                SheetRows.Read(package, sheet, register, sharedStrings, range, layout, pool,
                    row => items.Add(RegisterRows.Item(register, row, pool)));
            }
            return items;
        }

        var departments = Rows(RegisterSchema.Departments);
        var roles = Rows(RegisterSchema.Roles);
        var tasks = RegisterRows.WithIds(Rows(RegisterSchema.Tasks));
        var processes = Rows(RegisterSchema.Processes);
        // One row of settings: a second row would be a mistake the rules cannot point at usefully, so it is ignored.
        var settings = Rows(RegisterSchema.Organisation).FirstOrDefault() ?? OrganisationSettings.None;
        var name = settings.Name ?? NonBlank(workbook.Title) ?? NonBlank(fileName);
        var registers = new RegisterSet(name ?? string.Empty, departments, roles, tasks, processes)
        {
            Settings = settings with { Name = name },
            Journey = Rows(RegisterSchema.Journey),
            Records = Rows(RegisterSchema.Records),
            ColumnsRead = RegisterSchema.All.ToDictionary(r => r.Name,
                r => (IReadOnlySet<string>)r.Columns.Select(c => c.Header).Where(h => layout.ColumnOf(r.Name, h) is not null).ToHashSet(StringComparer.OrdinalIgnoreCase),
                StringComparer.OrdinalIgnoreCase),
        };
        return new RegisterWorkbook(registers, layout);
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
