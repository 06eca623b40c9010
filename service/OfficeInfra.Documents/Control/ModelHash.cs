using System.Buffers;
using System.Collections;
using System.Security.Cryptography;
using System.Text.Json;

namespace OfficeInfra.Documents.Control;

/// <summary>The content identity of a document: SHA-256 over its model as JSON (dictionaries keep their built order,
/// so the same registers always give the same text) and whatever else it is rendered from.</summary>
public static class ModelHash
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="model"/> and <paramref name="more"/> (owner, approver, template hash …).</summary>
    public static string Of(object model, params string[] more)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var hashed = new HashingBufferWriter(hash))
        using (var writer = new Utf8JsonWriter(hashed))
        {
            Write(writer, model);
            writer.Flush();
        }
        foreach (var part in more)
        {
            hash.AppendData([0]);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(part));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The text <see cref="Of"/> hashes. The model as <see cref="JsonSerializer"/> writes it with default options, byte for byte (libraries keep the
    /// hashes of earlier runs, so the text must never change), but written by walking the model's dictionaries and
    /// lists directly: reflection over <c>object</c> values cost a sixth of a 2,000-role run.
    /// </summary>
    internal static ArrayBufferWriter<byte> Json(object model)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer);
        Write(writer, model);
        writer.Flush();
        return buffer;
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case IEnumerable<KeyValuePair<string, object?>> record:
                writer.WriteStartObject();
                foreach (var (key, item) in record)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, string>> texts:
                writer.WriteStartObject();
                foreach (var (key, item) in texts)
                {
                    writer.WriteString(key, item);
                }
                writer.WriteEndObject();
                break;
            case IList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
