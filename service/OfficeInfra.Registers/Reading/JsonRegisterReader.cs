using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Reading;

/// <summary>Reads and writes the registers as the camelCase JSON that travels between the add-in and the service.</summary>
public static class JsonRegisterReader
{
    /// <summary>Parses registers JSON. Throws <see cref="OfficeInfraException"/> (UnreadableInput) on malformed JSON.</summary>
    public static RegisterSet Read(string json) => throw new NotImplementedException();
}
