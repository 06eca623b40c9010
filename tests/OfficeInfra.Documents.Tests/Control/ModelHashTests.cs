using System.Text.Json;
using FluentAssertions;
using OfficeInfra.Documents.Control;
using OfficeInfra.Documents.Word;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Testing;
using Xunit;

namespace OfficeInfra.Documents.Tests.Control;

/// <summary>
/// Libraries keep the model hash of every document from earlier runs; if the text hashed ever changed, every
/// document of every library would get a new version on the next run with nothing changed in it. The hash walks the
/// model itself for speed, so its text must stay exactly what <see cref="JsonSerializer"/> writes.
/// </summary>
public sealed class ModelHashTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Json_OfEveryModelOfAHostileOrganisation_IsWhatJsonSerializerWrites(int seed)
    {
        SameAsSerializer(SyntheticOrganisation.Create(roles: 30, tasks: 200, processes: 8, departments: 4, seed: seed));
    }

    [Fact]
    public void Json_OfEveryModelOfTheSample_IsWhatJsonSerializerWrites()
    {
        SameAsSerializer(SampleOrganisation.Create());
    }

    [Fact]
    public void Json_OfValuesTheWalkerDoesNotKnow_FallsBackToTheSerializer()
    {
        var model = new Dictionary<string, object?>
        {
            ["date"] = new DateOnly(2026, 12, 5), ["number"] = 7, ["texts"] = new Dictionary<string, string> { ["a"] = "<b>" },
            ["nested"] = new List<string?> { "ş", null, "\u4E2D\uD83D\uDE00" }, ["nothing"] = null, ["flag"] = false,
        };
        Text(ModelHash.Json(model).WrittenSpan.ToArray()).Should().Be(Text(JsonSerializer.SerializeToUtf8Bytes(model)));
    }

    private static void SameAsSerializer(RegisterSet registers)
    {
        var index = new RegisterIndex(registers);
        var models = registers.Roles.Select(r => (object)JobDescriptionModel.Build(index, r))
            .Concat(registers.Processes.Select(p => (object)SopModel.Build(index, p)))
            .ToList();
        models.Should().NotBeEmpty();
        foreach (var model in models)
        {
            Text(ModelHash.Json(model).WrittenSpan.ToArray()).Should().Be(Text(JsonSerializer.SerializeToUtf8Bytes(model)));
            ModelHash.Of(model, "Owner", "template").Should().Be(HashOfText(model, "Owner", "template"));
        }
    }

    [Fact]
    public void Of_AModelLargerThanTheHashingBuffer_IsTheHashOfItsWholeText()
    {
        // One value longer than the 16 KiB buffer (escaped, so the writer asks for far more room), and many small ones.
        var model = new Dictionary<string, object?>
        {
            ["long"] = string.Concat(Enumerable.Repeat("<Ş \"中\">", 9000)),
            ["many"] = Enumerable.Range(0, 5000).Select(i => (object?)$"task {i}").ToList(),
        };
        ModelHash.Of(model, "a", "b").Should().Be(HashOfText(model, "a", "b"));
        ModelHash.Of(model, "a", "c").Should().NotBe(ModelHash.Of(model, "a", "b"));
    }

    // SHA-256 over the serializer's text, then a zero byte before each further part: what Of promises.
    private static string HashOfText(object model, params string[] more)
    {
        var bytes = new List<byte>(JsonSerializer.SerializeToUtf8Bytes(model));
        foreach (var part in more)
        {
            bytes.Add(0);
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(part));
        }
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.ToArray()));
    }

    private static string Text(byte[] json) => System.Text.Encoding.UTF8.GetString(json);
}
