using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OfficeInfra.Publishing.Records;

/// <summary>
/// A document's model facts as the records keep them (the <c>model</c> of a document line): the facts' JSON object in
/// document order, gzip-compressed, base64 in the file. Decompress one with <c>base64 -d | gunzip</c>. Compressed,
/// a 2,000-role library's facts take a quarter of the space. Reading the records inflates and checks each once
/// (<see cref="Check"/>), but builds a dictionary of facts only for a document whose content changed (the change
/// summary needs its old facts).
/// </summary>
internal sealed class PackedFacts : IReadOnlyDictionary<string, string>
{
    /// <summary>Most bytes the facts of all documents in one records file may inflate to: a records file whose facts
    /// claim more is refused as damaged (a 2,000-role library's take 19 MB), so a hostile one cannot exhaust memory.</summary>
    public const long MaxInflatedBytes = 512L * 1024 * 1024;

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lazy<Dictionary<string, string>> _facts;

    internal PackedFacts(byte[] gzip)
    {
        Gzip = gzip;
        _facts = new(() => Unpack(gzip), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The compressed facts, as written to the records.</summary>
    public byte[] Gzip { get; }

    /// <summary>The facts' JSON object, gzip-compressed. The same facts always give the same bytes.</summary>
    public static byte[] Pack(IReadOnlyDictionary<string, string> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts is PackedFacts packed)
        {
            return packed.Gzip;
        }
        var json = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(json, Writing))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in facts)
            {
                writer.WriteString(key, value);
            }
            writer.WriteEndObject();
        }
        // The fastest level: the records are written on every run, and the better levels save a sixth of the size for
        // twice the time.
        using var gzip = new MemoryStream(json.WrittenCount / 3 + 64);
        using (var compressor = new GZipStream(gzip, CompressionLevel.Fastest, leaveOpen: true))
        {
            compressor.Write(json.WrittenSpan);
        }
        return gzip.ToArray();
    }

    /// <summary>
    /// Checks that <paramref name="gzip"/> inflates, within what is left of <paramref name="budget"/>, to a JSON object
    /// of texts; returns the inflated length. Throws <see cref="InvalidDataException"/> otherwise.
    /// </summary>
    internal static long Check(byte[] gzip, long budget) => Inflate(gzip, budget, null);

    private static Dictionary<string, string> Unpack(byte[] gzip)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        Inflate(gzip, MaxInflatedBytes, facts);
        return facts;
    }

    // Inflates into a rented buffer of the length the gzip trailer declares (never more than the budget), refuses a
    // stream that inflates to any other length, and reads the JSON object; adds its facts in order when asked.
    private static long Inflate(byte[] gzip, long budget, Dictionary<string, string>? into)
    {
        if (gzip.Length < 18)
        {
            throw new InvalidDataException("The facts are not gzip data.");
        }
        var length = BinaryPrimitives.ReadUInt32LittleEndian(gzip.AsSpan(^4));
        if (length > budget || length > Array.MaxLength - 1)
        {
            throw new InvalidDataException("The facts inflate to more than the records allow.");
        }
        var buffer = ArrayPool<byte>.Shared.Rent((int)length + 1);
        try
        {
            using (var inflater = new GZipStream(new MemoryStream(gzip, writable: false), CompressionMode.Decompress))
            {
                if (inflater.ReadAtLeast(buffer.AsSpan(0, (int)length + 1), (int)length + 1, throwOnEndOfStream: false) != length)
                {
                    throw new InvalidDataException("The facts inflate to another length than their gzip trailer says.");
                }
            }
            Read(buffer.AsSpan(0, (int)length), into);
            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Reads the object's texts, each unescaped as a fact would be (so a fact that could not be read later fails now);
    // keeps them only when asked.
    private static void Read(ReadOnlySpan<byte> json, Dictionary<string, string>? into)
    {
        var text = into is null ? ArrayPool<char>.Shared.Rent(json.Length) : null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InvalidDataException("The facts are not a JSON object.");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = text is null ? reader.GetString()! : Copied(ref reader, text);
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    throw new InvalidDataException("A fact is not text.");
                }
                var value = text is null ? reader.GetString()! : Copied(ref reader, text);
                if (into is not null)
                {
                    // A name given twice keeps the last value, as the plain facts of earlier records read.
                    into[key!] = value!;
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw new InvalidDataException("The facts are not one JSON object.");
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException("The facts are not JSON texts.", e);
        }
        finally
        {
            if (text is not null)
            {
                ArrayPool<char>.Shared.Return(text);
            }
        }
    }

    // Unescapes and checks a text without keeping it.
    private static string? Copied(ref Utf8JsonReader reader, char[] into)
    {
        reader.CopyString(into);
        return null;
    }

    /// <inheritdoc/>
    public string this[string key] => _facts.Value[key];

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _facts.Value.Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Values => _facts.Value.Values;

    /// <inheritdoc/>
    public int Count => _facts.Value.Count;

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _facts.Value.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _facts.Value.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _facts.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
