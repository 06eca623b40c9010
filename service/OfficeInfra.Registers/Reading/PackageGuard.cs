using System.Globalization;
using System.IO.Compression;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// Looks at the zip package before anything is inflated: refuses what is not a zip, parts whose declared size is
/// absurd or contradicted by their compressed data (zip bombs), and packages that are not spreadsheets, each with one
/// sentence for the user.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Largest ratio of uncompressed to compressed size for a big part; real sheets compress about 10–20×.</summary>
    private const long MaxRatio = 1000;

    public static void Check(ZipArchive zip, string what, XlsxReadOptions options)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            names.Add(entry.FullName);
            if (entry.Length > options.MaxPartBytes ||
                (entry.Length > 10 * 1024 * 1024 && entry.Length > entry.CompressedLength * MaxRatio))
            {
                throw Unreadable($"{what} holds a part ('{entry.FullName}') that would inflate to {entry.Length / (1024 * 1024)} MB, more than a register workbook can hold, so it was not opened.");
            }
            // Deflate grows data it cannot compress by a few bytes per 64 KiB block, never by an eighth: more
            // compressed data than that means the declared size is a lie, the trick of a zip bomb that hopes to be
            // inflated past what it declares. (ZipArchive would stop at the declared size and cut the part short.)
            if (entry.CompressedLength > entry.Length + (entry.Length / 8) + 1024)
            {
                throw Unreadable(string.Create(CultureInfo.InvariantCulture,
                    $"{what} holds a part ('{entry.FullName}') whose zip directory says it inflates to {entry.Length:N0} bytes although it holds {entry.CompressedLength:N0} bytes of compressed data, which is how zip bombs hide their size, so it was not opened."));
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

    public static OfficeInfraException Unreadable(string message, Exception? inner = null) =>
        new(ErrorKind.UnreadableInput, message, inner);

    public static OfficeInfraException PartTooBig(string what, string part, long limit) =>
        Unreadable($"{what} holds a part ('{part.TrimStart('/')}') that inflates to more than {limit / (1024 * 1024)} MB, more than a register workbook can hold, so it was not read.");
}
