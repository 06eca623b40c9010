using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using OfficeInfra.Publishing.Records;
using OfficeInfra.Registers;

namespace OfficeInfra.Publishing.Tests.Records;

/// <summary>
/// Issue 19: the records keep each document's model facts packed (gzip, base64), under ~10 MB for 2,000 roles, and
/// read the plain facts of records written before, so that a library upgrades in place.
/// </summary>
public sealed class PackedFactsTests
{
    /// <summary>Written by main at 79ed0a9 (2026-12-06), before facts were packed: <c>init --sample</c>, <c>generate
    /// --as-of 2025-01-31</c>, then one task reworded and <c>generate --as-of 2025-03-01</c> (four documents at version 2).</summary>
    private static byte[] RecordsBeforePacking()
    {
        using var stream = typeof(PackedFactsTests).Assembly.GetManifestResourceStream("Fixtures/sample-records-2026-12-06.json")!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void Read_RecordsWrittenBeforePacking_EveryLineReadsTheSameAfterBeingWrittenPacked()
    {
        var before = LibraryRecords.Read(RecordsBeforePacking());

        var packed = before.ToJson();
        var after = LibraryRecords.Read(packed);

        before.Documents.Should().HaveCount(35).And.OnlyContain(d => d.Model != null && d.Model.Count > 0);
        before.Documents.Should().Contain(d => d.Version == 2);
        after.Documents.Should().HaveSameCount(before.Documents);
        foreach (var (old, now) in before.Documents.Zip(after.Documents))
        {
            now.Model.Should().BeOfType<PackedFacts>();
            now.Model!.ToList().Should().Equal(old.Model!.ToList(), "the facts come back in document order, every one as it was ({0})", old.Path);
            (now with { Model = null }).Should().BeEquivalentTo(old with { Model = null });
            now.ToControlRecord()!.Control.Should().BeEquivalentTo(old.ToControlRecord()!.Control);
        }
        after.LastIssued.Should().BeEquivalentTo(before.LastIssued);
        packed.Length.Should().BeLessThan(RecordsBeforePacking().Length * 3 / 4, "the facts were most of the file");
    }

    [Fact]
    public void ToJson_Facts_ModelIsBase64GzipOfTheFactsObject()
    {
        var records = LibraryRecords.Read(RecordsBeforePacking());

        var line = (JsonObject)((JsonArray)JsonNode.Parse(records.ToJson())!["documents"]!)[0]!;

        // What README tells a records manager to run: base64 -d | gunzip.
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String((string)line["model"]!)), CompressionMode.Decompress);
        var facts = JsonNode.Parse(gzip)!.AsObject();
        facts.Select(f => (f.Key, (string)f.Value!)).Should().Equal(records.Documents[0].Model!.Select(f => (f.Key, f.Value)));
        ((string)facts["Title"]!).Should().Be(records.Documents[0].Subject);
    }

    [Fact]
    public void Pack_AnyFacts_ComeBackInOrderAndTheSameFactsGiveTheSameBytes()
    {
        var text = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? string.Empty).Where(IsUnicode);
        var facts = Gen.ListOf(Gen.Zip(text, text)).Select(pairs => pairs.DistinctBy(p => p.Item1).ToList());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(facts.ToArbitrary(), pairs =>
        {
            var dictionary = pairs.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            var records = Records(dictionary);

            var back = LibraryRecords.Read(records.ToJson()).Documents[0].Model!;

            back.Select(f => (f.Key, f.Value)).Should().Equal(pairs.Select(p => (p.Item1, p.Item2)));
            PackedFacts.Pack(dictionary).Should().Equal(PackedFacts.Pack(new Dictionary<string, string>(dictionary, StringComparer.Ordinal)));
        }));
    }

    [Fact]
    public void Read_ModelDamaged_RefusedAsDamagedRecords()
    {
        var json = Packed(gzip => gzip[gzip.Length / 2] ^= 0x5A);

        var read = () => LibraryRecords.Read(json);
        var parse = () => LibraryRecords.Parse(json);

        read.Should().Throw<OfficeInfraException>().Where(e => e.Kind == ErrorKind.TargetFailed).WithMessage("*manifest.json is damaged*");
        parse.Should().Throw<OfficeInfraException>().Where(e => e.Kind == ErrorKind.UnreadableInput);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void Read_ModelInflatesToOtherThanItsTrailerSays_Refused(int difference)
    {
        // A stream that lies about its length (an inflation bomb would) is refused before it is read.
        var json = Packed(gzip => BinaryPrimitives.WriteUInt32LittleEndian(gzip.AsSpan(^4),
            (uint)(BinaryPrimitives.ReadUInt32LittleEndian(gzip.AsSpan(^4)) + difference)));

        var read = () => LibraryRecords.Read(json);

        read.Should().Throw<OfficeInfraException>().WithMessage("*damaged*");
    }

    [Fact]
    public void Check_FactsLargerThanTheBudget_Refused()
    {
        var gzip = PackedFacts.Pack(new Dictionary<string, string> { ["Title"] = new string('x', 10_000) });

        var withinBudget = () => PackedFacts.Check(gzip, 20_000);
        var overBudget = () => PackedFacts.Check(gzip, 9_000);

        withinBudget.Should().NotThrow().Which.Should().BeGreaterThan(10_000);
        overBudget.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("[\"a\",\"b\"]")]
    [InlineData("{\"a\":1}")]
    [InlineData("{\"a\":\"b\"} {}")]
    [InlineData("{\"a\":\"\\ud800\"}")]
    public void Read_ModelNotAnObjectOfTexts_Refused(string facts)
    {
        using var gzip = new MemoryStream();
        using (var compressor = new GZipStream(gzip, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(Encoding.UTF8.GetBytes(facts));
        }
        var json = Packed(packed => { }, gzip.ToArray());

        var read = () => LibraryRecords.Read(json);

        read.Should().Throw<OfficeInfraException>().WithMessage("*damaged*");
    }

    private static LibraryRecords Records(IReadOnlyDictionary<string, string> facts) =>
        LibraryRecords.Empty with { Documents = [new RecordedDocument("job-description", "Ops", "Clerk", "Ops/Clerk.docx", new string('0', 64), Model: facts)] };

    // Records of one document whose packed model is damaged by the caller (or replaced).
    private static byte[] Packed(Action<byte[]> damage, byte[]? gzip = null)
    {
        gzip ??= PackedFacts.Pack(new Dictionary<string, string> { ["Title"] = "Clerk", ["task:T1"] = "File the post", ["task:T1:frequency"] = "Daily" });
        damage(gzip);
        var json = JsonNode.Parse(Records(new Dictionary<string, string>()).ToJson())!;
        json["documents"]![0]!["model"] = Convert.ToBase64String(gzip);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static bool IsUnicode(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
