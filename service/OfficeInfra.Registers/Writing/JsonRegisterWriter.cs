using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;

namespace OfficeInfra.Registers.Writing;

/// <summary>Writes the registers as the camelCase JSON that <see cref="Reading.JsonRegisterReader"/> reads (SPEC §2).</summary>
public static class JsonRegisterWriter
{
    /// <summary>
    /// The registers as JSON text, keyed by <see cref="RegisterSchema"/>: <c>organisation</c> as an object, each
    /// register as an array (<c>journey</c> only when it has stages); lists are arrays, empty values are left out, Unicode is written as is.
    /// </summary>
    public static string Write(RegisterSet registers, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(registers);
        using var buffer = new MemoryStream();
        // The relaxed encoder keeps Turkish, Chinese and emoji readable instead of \uXXXX escapes; still valid JSON.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WritePropertyName(RegisterSchema.Organisation.JsonKey);
            Item(json, RegisterSchema.Organisation, registers.Settings);
            foreach (var register in RegisterSchema.Registers)
            {
                json.WriteStartArray(register.JsonKey);
                foreach (var item in register.ItemsOf(registers))
                {
                    Item(json, register, item);
                }
                json.WriteEndArray();
            }
            // Registers without a journey or records keep the JSON they always had.
            foreach (var optional in new RegisterSheet[] { RegisterSchema.Journey, RegisterSchema.Records })
            {
                var items = optional.ItemsOf(registers);
                if (items.Count > 0)
                {
                    json.WriteStartArray(optional.JsonKey);
                    foreach (var item in items)
                    {
                        Item(json, optional, item);
                    }
                    json.WriteEndArray();
                }
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Item(Utf8JsonWriter json, RegisterSheet register, object item)
    {
        json.WriteStartObject();
        foreach (var column in register.Columns)
        {
            if (column.IsList)
            {
                List(json, column.JsonKey, column.Items(item));
            }
            else if (column.CellText(item) is { Length: > 0 } text)
            {
                json.WriteString(column.JsonKey, text);
            }
        }
        if (register.RowOf(item) is { } row)
        {
            json.WriteNumber("row", row);
        }
        json.WriteEndObject();
    }

    private static void List(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
