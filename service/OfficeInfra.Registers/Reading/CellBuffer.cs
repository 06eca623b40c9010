using System.Xml;

namespace OfficeInfra.Registers.Reading;

/// <summary>
/// The text of one cell as it streams in, copied into a reused buffer with <see cref="XmlReader.ReadValueChunk"/>:
/// nothing is allocated per cell, and a text over the cap is noticed before XmlReader or this buffer holds it whole.
/// </summary>
internal sealed class CellBuffer(int maxCharacters)
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Appends the value of the reader's current text node; false when the text goes over the cap.</summary>
    public bool Append(XmlReader xml)
    {
        while (true)
        {
            if (Length == _chars.Length)
            {
                if (Length > maxCharacters || Length == Array.MaxLength)
                {
                    return false;
                }
                // One character past the cap, so that a text of exactly the cap still fits and one more shows.
                Array.Resize(ref _chars, (int)Math.Min(Math.Min(2L * _chars.Length, maxCharacters + 1L), Array.MaxLength));
            }
            var read = xml.ReadValueChunk(_chars, Length, _chars.Length - Length);
            if (read == 0)
            {
                return Length <= maxCharacters;
            }
            Length += read;
        }
    }
}
