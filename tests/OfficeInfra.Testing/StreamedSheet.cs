using System.Xml;

namespace OfficeInfra.Testing;

/// <summary>One sheet of a <see cref="StreamedWorkbook"/>: its name and what to write between <c>sheetData</c>'s tags.</summary>
public sealed record StreamedSheet(string Name, Action<XmlWriter> WriteRows);
