namespace OfficeInfra.Documents.Packaging;

/// <summary>One zip entry already deflated: its name, CRC and sizes, ready to be copied byte for byte.</summary>
internal sealed record ZipEntryBlob(string Name, uint Crc, int UncompressedSize, byte[] Compressed)
{
    /// <summary>Deflates <paramref name="content"/> once.</summary>
    public static ZipEntryBlob Deflate(string name, ReadOnlySpan<byte> content, System.IO.Compression.CompressionLevel level)
    {
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new System.IO.Compression.DeflateStream(buffer, level, leaveOpen: true))
        {
            deflate.Write(content);
        }
        return new ZipEntryBlob(name, System.IO.Hashing.Crc32.HashToUInt32(content), content.Length, buffer.ToArray());
    }
}
