using System.IO.Compression;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Looks at the zip package before the OpenXML SDK inflates anything: refuses what is not a zip, parts whose declared
/// size is absurd (zip bombs) and packages that are not spreadsheets, each with one sentence for the user.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Largest uncompressed part we agree to inflate.</summary>
    public const long MaxPartBytes = 512L * 1024 * 1024;

    /// <summary>Largest ratio of uncompressed to compressed size for a big part; real sheets compress about 10–20×.</summary>
    private const long MaxRatio = 1000;

    public static void Check(Stream package, string what)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                names.Add(entry.FullName);
                if (entry.Length > MaxPartBytes ||
                    (entry.Length > 10 * 1024 * 1024 && entry.Length > entry.CompressedLength * MaxRatio))
                {
                    throw Unreadable($"{what} holds a part ('{entry.FullName}') that would inflate to {entry.Length / (1024 * 1024)} MB, more than a register workbook can hold, so it was not opened.");
                }
            }
            if (!names.Contains("[Content_Types].xml"))
            {
                throw Unreadable($"{what} is a zip file but not an Excel workbook (.xlsx).");
            }
            if (names.Contains("word/document.xml"))
            {
                throw Unreadable($"{what} is a Word document, not an Excel workbook (.xlsx).");
            }
            if (names.Contains("ppt/presentation.xml"))
            {
                throw Unreadable($"{what} is a PowerPoint presentation, not an Excel workbook (.xlsx).");
            }
        }
        catch (InvalidDataException e)
        {
            throw Unreadable($"{what} is not an Excel workbook (.xlsx): it is not a readable zip package.", e);
        }
        finally
        {
            package.Position = 0;
        }
    }

    public static OfficeInfraException Unreadable(string message, Exception? inner = null) =>
        new(ErrorKind.UnreadableInput, message, inner);
}
