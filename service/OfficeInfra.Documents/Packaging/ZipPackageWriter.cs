using System.Buffers.Binary;
using System.Text;

namespace OfficeInfra.Documents.Packaging;

/// <summary>
/// Writes a zip from entries that are already deflated. ZipArchive cannot copy an entry's compressed bytes, and
/// re-deflating the template's untouched parts (styles, theme, settings) for every document would cost more than
/// rendering it. Every entry gets the same fixed timestamp (1 January 1980), so equal input gives equal bytes.
/// </summary>
internal static class ZipPackageWriter
{
    private const ushort DosDate1980 = (0 << 9) | (1 << 5) | 1;
    private const ushort Utf8NamesFlag = 0x0800;

    public static byte[] Write(IReadOnlyList<ZipEntryBlob> entries)
    {
        var names = new byte[entries.Count][];
        var size = 22;
        for (var i = 0; i < entries.Count; i++)
        {
            names[i] = Encoding.UTF8.GetBytes(entries[i].Name);
            size += 30 + 46 + (2 * names[i].Length) + entries[i].Compressed.Length;
        }
        var zip = new byte[size];
        var offsets = new int[entries.Count];
        var at = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            offsets[i] = at;
            var e = entries[i];
            var span = zip.AsSpan(at);
            BinaryPrimitives.WriteUInt32LittleEndian(span, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 20);
            WriteEntryFields(span[6..], e, names[i].Length);
            BinaryPrimitives.WriteUInt16LittleEndian(span[28..], 0);
            names[i].CopyTo(span[30..]);
            e.Compressed.CopyTo(span[(30 + names[i].Length)..]);
            at += 30 + names[i].Length + e.Compressed.Length;
        }
        var directoryStart = at;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var span = zip.AsSpan(at);
            BinaryPrimitives.WriteUInt32LittleEndian(span, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(span[6..], 20);
            WriteEntryFields(span[8..], e, names[i].Length);
            // Extra length, comment length, disk number, internal and external attributes stay zero.
            BinaryPrimitives.WriteUInt32LittleEndian(span[42..], (uint)offsets[i]);
            names[i].CopyTo(span[46..]);
            at += 46 + names[i].Length;
        }
        var end = zip.AsSpan(at);
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(at - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directoryStart);
        return zip;
    }

    // The local header and the central directory carry the same run of fields (flags through name length).
    private static void WriteEntryFields(Span<byte> span, ZipEntryBlob e, int nameLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, Utf8NamesFlag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(span[6..], DosDate1980);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], e.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)e.Compressed.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], (uint)e.UncompressedSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], (ushort)nameLength);
    }
}
