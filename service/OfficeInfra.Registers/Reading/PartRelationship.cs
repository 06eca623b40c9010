namespace OfficeInfra.Registers.Reading;

/// <summary>One internal relationship of a part: its id, its type and the part it targets.</summary>
internal sealed record PartRelationship(string Id, string Type, string Target)
{
    /// <summary>
    /// True when the type ends with <paramref name="kind"/> (<c>worksheet</c>, <c>sharedStrings</c>…), so that the
    /// transitional and the strict namespaces of the same relationship both match.
    /// </summary>
    public bool Is(string kind) =>
        Type.Length > kind.Length && Type[^(kind.Length + 1)] == '/' && Type.EndsWith(kind, StringComparison.Ordinal);
}
