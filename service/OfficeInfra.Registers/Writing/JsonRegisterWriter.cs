using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeInfra.Registers.Model;

namespace OfficeInfra.Registers.Writing;

/// <summary>Writes the registers as the camelCase JSON that <see cref="Reading.JsonRegisterReader"/> reads (SPEC §2).</summary>
public static class JsonRegisterWriter
{
    /// <summary>The registers as JSON text; lists are arrays, empty values are left out, Unicode is written as is.</summary>
    public static string Write(RegisterSet registers, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(registers);
        using var buffer = new MemoryStream();
        // The relaxed encoder keeps Turkish, Chinese and emoji readable instead of \uXXXX escapes; still valid JSON.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("organisation", registers.Organisation);
            Array(json, "departments", registers.Departments, d =>
            {
                Field(json, "department", d.Name); Field(json, "head", d.Head); Field(json, "access", d.Access);
                List(json, "owners", d.Owners); List(json, "members", d.Members); List(json, "visitors", d.Visitors);
                Field(json, "description", d.Description); Row(json, d.Row);
            });
            Array(json, "roles", registers.Roles, r =>
            {
                Field(json, "role", r.Title); Field(json, "department", r.Department); Field(json, "reportsTo", r.ReportsTo);
                Field(json, "type", r.Type); Field(json, "status", r.Status); Field(json, "holder", r.Holder);
                Field(json, "hours", r.Hours); Field(json, "summary", r.Summary); Row(json, r.Row);
            });
            Array(json, "tasks", registers.Tasks, t =>
            {
                Field(json, "id", t.Id); Field(json, "task", t.Task); Field(json, "department", t.Department);
                Field(json, "role", t.Role); Field(json, "process", t.Process); Field(json, "step", t.Step);
                Field(json, "frequency", t.Frequency); List(json, "tools", t.Tools);
                Field(json, "currentlyDoneBy", t.CurrentlyDoneBy); Row(json, t.Row);
            });
            Array(json, "processes", registers.Processes, p =>
            {
                Field(json, "process", p.Name); Field(json, "department", p.Department); Field(json, "system", p.System);
                Field(json, "owner", p.Owner); Field(json, "trigger", p.Trigger); Field(json, "outcome", p.Outcome);
                Field(json, "kpi", p.Kpi); Field(json, "target", p.Target); List(json, "tools", p.Tools); Row(json, p.Row);
            });
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Field(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
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

    private static void Row(Utf8JsonWriter json, int? row)
    {
        if (row is { } r)
        {
            json.WriteNumber("row", r);
        }
    }
}
