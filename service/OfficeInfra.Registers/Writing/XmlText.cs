using System.Text;
using System.Xml;

namespace OfficeInfra.Registers.Writing;

/// <summary>Keeps text writable as XML: characters XML 1.0 forbids (most control characters) are dropped.</summary>
public static class XmlText
{
    /// <summary><paramref name="text"/> without the characters XML 1.0 forbids (surrogate pairs are kept).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }
        return builder.ToString();
    }
}
