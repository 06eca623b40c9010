using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// Writes a document line's <c>model</c> as <see cref="PackedFacts"/> (base64 gzip), and reads it either so or as
/// the plain JSON object records held before 2026-12-06, so that a library written then upgrades in place.
/// </summary>
internal sealed class FactsJsonConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => new PackedFacts(reader.GetBytesFromBase64()),
            JsonTokenType.StartObject => JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options),
            _ => throw new JsonException("A document's model is neither packed facts nor an object of facts."),
        };

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options) =>
        writer.WriteBase64StringValue(PackedFacts.Pack(value));
}
