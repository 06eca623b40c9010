using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Testing;

namespace OfficeInfra.Registers.Tests;

/// <summary>
/// Zip bombs whose headers lie. Found on .NET 10: ZipArchive stops inflating at the size the central directory
/// declares (silently, so the part is cut short and reads as broken XML), and XmlReader's MaxCharactersInDocument
/// alone would let a text node fill a gigabyte of memory before it stops. The reader therefore refuses sizes the
/// compressed data contradicts before inflating anything, and counts inflated bytes against its own limit.
/// </summary>
public sealed class ZipBombTests
{
    private const string Sheet = "xl/worksheets/sheet3.xml";
    private static readonly XlsxReadOptions EightMiB = new() { MaxPartBytes = 8 * 1024 * 1024 };

    [Theory]
    [InlineData(4_096u, "says it inflates to 4,096 bytes although it holds")]
    [InlineData(64u * 1024 * 1024, "would inflate to 64 MB")]
    public void Read_TasksSheetInflatingPastTheLimit_IsRefusedBeforeInflatingIt(uint declared, string sentence)
    {
        var bomb = ZipHeaders.DeclareSize(WorkbookWithTasksOf(64 * 1024 * 1024), Sheet, declared);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var act = () => XlsxRegisterReader.ReadWorkbook(new MemoryStream(bomb), EightMiB);

        var error = act.Should().Throw<OfficeInfraException>().Which;
        // Generous: it takes ~50 ms alone, but the suite shares two cores with other builds; inflating the whole
        // gibibyte would take far longer still, and the allocation bound below is the sharper check.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(8));
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).Should().BeLessThan(8L * 1024 * 1024, "the bomb is never inflated");
        error.Kind.Should().Be(ErrorKind.UnreadableInput);
        error.Message.Should().Contain(sentence).And.Contain(Sheet).And.EndWith(".").And.NotContain("\n");
    }

    [Fact]
    public void LimitedReadStream_UnboundedInflationOfAGibibyte_StopsAtTheLimitWithOneSentence()
    {
        // What the counting stream sees when nothing else bounds a part: the raw deflate data of a gibibyte of rows.
        var raw = Deflate(1024L * 1024 * 1024);
        using var xml = PartXml.Open(new LimitedReadStream(new DeflateStream(new MemoryStream(raw), CompressionMode.Decompress),
            EightMiB.MaxPartBytes, () => PackageGuard.PartTooBig("The uploaded file", "/" + Sheet, EightMiB.MaxPartBytes)), long.MaxValue);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var act = () => { while (xml.Read()) { } };

        act.Should().Throw<OfficeInfraException>().Which.Message.Should()
            .Be($"The uploaded file holds a part ('{Sheet}') that inflates to more than 8 MB, more than a register workbook can hold, so it was not read.");
        // Generous: it takes ~50 ms alone, but the suite shares two cores with other builds; inflating the whole
        // gibibyte would take far longer still, and the allocation bound below is the sharper check.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(8));
        (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore).Should().BeLessThan(4L * 1024 * 1024);
    }

    [Fact]
    public void Read_DefaultLimits_AreTheDocumentedOnes()
    {
        XlsxReadOptions.Default.Should().BeEquivalentTo(new
        {
            MaxPartBytes = 256L * 1024 * 1024,
            MaxRowsPerRegister = 250_000,
            MaxSharedStrings = 2_000_000,
            MaxCellCharacters = 8 * 1024 * 1024,
        });
    }

    /// <summary>A register workbook whose Tasks sheet is a header row followed by <paramref name="size"/> bytes of blank rows.</summary>
    private static byte[] WorkbookWithTasksOf(long size) => StreamedWorkbook.WithTasks(xml =>
    {
        StreamedWorkbook.Row(xml, 1, "Task", "Department");
        xml.Flush();
        var chunk = Rows(1024 * 1024);
        for (long written = 0; written < size; written += chunk.Length)
        {
            xml.WriteRaw(chunk);
        }
    });

    private static byte[] Deflate(long size)
    {
        var chunk = Encoding.UTF8.GetBytes("<worksheet><sheetData>" + Rows(1024 * 1024));
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (long written = 0; written < size; written += chunk.Length)
            {
                deflate.Write(chunk);
            }
        }
        return output.ToArray();
    }

    private static string Rows(int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append("<row/>");
        }
        return text.ToString();
    }
}
