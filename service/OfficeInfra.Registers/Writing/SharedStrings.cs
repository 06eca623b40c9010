using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeInfra.Registers.Writing;

/// <summary>The workbook's shared string table, each distinct text stored once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _count;

    public int IndexOf(string text)
    {
        _count++;
        if (!_index.TryGetValue(text, out var i))
        {
            _index[text] = i = _texts.Count;
            _texts.Add(text);
        }
        return i;
    }

    public SharedStringTable ToTable()
    {
        var table = new SharedStringTable { Count = (uint)_count, UniqueCount = (uint)_texts.Count };
        foreach (var text in _texts)
        {
            table.Append(new SharedStringItem(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return table;
    }
}
