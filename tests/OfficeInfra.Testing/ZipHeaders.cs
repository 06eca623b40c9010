using System.Buffers.Binary;
using System.Text;

namespace OfficeInfra.Testing;

/// <summary>Edits the headers of a zip the way a zip bomb does, leaving the compressed data as it is.</summary>
public static class ZipHeaders
{
    /// <summary>
    /// Makes the local header and the central directory record of <paramref name="entryName"/> declare
    /// <paramref name="uncompressedSize"/> (a 32-bit zip, as ZipArchive writes entries under 4 GiB).
    /// </summary>
    public static byte[] DeclareSize(byte[] zip, string entryName, uint uncompressedSize)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 + name.Length <= bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4b)
            {
                continue;
            }
            if (bytes[i + 2] == 3 && bytes[i + 3] == 4 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), uncompressedSize);
                patched++;
            }
            else if (bytes[i + 2] == 1 && bytes[i + 3] == 2 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), uncompressedSize);
                patched++;
            }
        }
        return patched == 2 ? bytes : throw new ArgumentException($"The zip has no single entry named {entryName}.", nameof(entryName));
    }
}
