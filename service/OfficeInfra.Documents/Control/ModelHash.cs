using System.Security.Cryptography;
using System.Text.Json;

namespace OfficeInfra.Documents.Control;

/// <summary>The content identity of a document: SHA-256 over its model as JSON (dictionaries keep their built order,
/// so the same registers always give the same text) and whatever else it is rendered from.</summary>
public static class ModelHash
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="model"/> and <paramref name="more"/> (owner, approver, template hash …).</summary>
    public static string Of(object model, params string[] more)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(model));
        foreach (var part in more)
        {
            hash.AppendData([0]);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(part));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
