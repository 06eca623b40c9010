using System.IO.Compression;
using System.Text;
using OfficeInfra.Registers.Reading;
using OfficeInfra.Registers.Rules;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Writing;

namespace OfficeInfra.Registers.Tests;

/// <summary>
/// A bounded mutation fuzz loop over the xlsx reader: real workbooks mutated byte-wise and structurally (inside the
/// XML parts). Every input must either read, or fail with the product's own clear error, within a time bound.
/// Set OFFICEINFRA_FUZZ_ITERATIONS for a longer run on demand.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("OFFICEINFRA_FUZZ_ITERATIONS"), out var n) ? n : 150;

    private static readonly byte[] Sample = WriteSample();

    [Fact]
    public void Read_ByteMutatedWorkbooks_ReadOrFailClearly()
    {
        var random = new Random(20261122);
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = (byte[])Sample.Clone();
            var flips = random.Next(1, 8);
            for (var f = 0; f < flips; f++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            if (random.Next(4) == 0) bytes = bytes[..random.Next(1, bytes.Length)];
            ReadOrFailClearly(bytes, $"byte mutation {i}");
        }
    }

    [Fact]
    public void Read_StructurallyMutatedWorkbooks_ReadOrFailClearly()
    {
        var random = new Random(7);
        string[] junk = ["<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<c r=\"ZZZZZZ99999999\" t=\"s\"><v>99999</v></c>",
            "<v>-1</v>", "t=\"n\"", "<f>HYPERLINK(\"http://x\")</f>", "\uFFFF", "<row r=\"0\">", "</sheetData>", "ref=\"A1:XFD1048576\""];
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = MutatePart(Sample, random, text =>
            {
                var at = random.Next(text.Length);
                return random.Next(3) switch
                {
                    0 => text.Insert(at, junk[random.Next(junk.Length)]),
                    1 => text.Remove(at, Math.Min(random.Next(1, 200), text.Length - at)),
                    _ => text.Insert(at, text.Substring(random.Next(text.Length / 2), random.Next(1, 100))),
                };
            });
            ReadOrFailClearly(bytes, $"structural mutation {i}");
        }
    }

    [Fact]
    public void Read_CellOfFiveMegabytes_ReadsItWhole()
    {
        var big = new string('x', 5 * 1024 * 1024);
        var registers = SampleOrganisation.Create() with { };
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, registers with { Tasks = [.. registers.Tasks.Take(1).Select(t => t with { Task = big })] });

        var read = XlsxRegisterReader.Read(new MemoryStream(stream.ToArray()));

        read.Tasks.Should().ContainSingle().Which.Task.Should().HaveLength(big.Length);
        RegisterRules.Check(read).Should().NotBeNull();
    }

    private static void ReadOrFailClearly(byte[] bytes, string what)
    {
        var run = Task.Run(() =>
        {
            try
            {
                var registers = XlsxRegisterReader.Read(new MemoryStream(bytes));
                _ = RegisterRules.Check(registers);
            }
            catch (OfficeInfraException e) when (e.Kind == ErrorKind.UnreadableInput)
            {
                e.Message.Should().NotContain("   at ", $"{what} must give one sentence, not a stack trace");
            }
        });
        run.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue($"{what} must not hang the reader");
        run.Exception.Should().BeNull($"{what} must read or fail with the product's clear error");
    }

    private static byte[] MutatePart(byte[] package, Random random, Func<string, string> mutate)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var victims = source.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
            var victim = victims[random.Next(victims.Count)].FullName;
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == victim && text.Length > 0) text = mutate(text);
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    private static byte[] WriteSample()
    {
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, SampleOrganisation.Create());
        return stream.ToArray();
    }
}
