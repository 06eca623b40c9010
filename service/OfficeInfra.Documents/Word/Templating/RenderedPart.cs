using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using OfficeInfra.Documents.Packaging;

namespace OfficeInfra.Documents.Word.Templating;

/// <summary>
/// Renders one templated part into a buffer each thread keeps, and deflates its UTF-8. A document body is about
/// 110 KB of XML: rendering it to a new string grew a StringBuilder chunk by chunk on the large-object heap, copied it
/// into the string and copied it again into bytes, which cost more than filling the template.
/// </summary>
internal static class RenderedPart
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static StringBuilder? _text;

    /// <summary>The zip entry <paramref name="name"/> holding what <paramref name="render"/> writes.</summary>
    public static ZipEntryBlob Deflate(string name, Action<TextWriter> render)
    {
        var text = _text ?? new StringBuilder(128 * 1024);
        _text = null; // a helper that renders another part on this thread gets its own buffer
        try
        {
            text.Clear();
            using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
            {
                render(writer);
            }
            var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
            try
            {
                var length = Encode(text, bytes);
                return ZipEntryBlob.Deflate(name, bytes.AsSpan(0, length), CompressionLevel.Fastest);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            _text = text;
        }
    }

    private static int Encode(StringBuilder text, byte[] bytes)
    {
        var encoder = Utf8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        }
        return length + encoder.GetBytes([], bytes.AsSpan(length), flush: true);
    }
}
