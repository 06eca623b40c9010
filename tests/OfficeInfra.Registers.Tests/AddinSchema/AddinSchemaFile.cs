using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Sample;
using OfficeInfra.Registers.Schema;
using OfficeInfra.Registers.Writing;

namespace OfficeInfra.Registers.Tests.AddinSchema;

/// <summary>
/// Writes the add-in's register schema (addin/src/excel/registerSchema.generated.ts) from the C# column table, the
/// workbook writer's drop-down alerts and vacant-role rule, and the sample organisation, so the pane's Set up lays out
/// what <c>init</c> writes. Regenerate with <c>bash addin/scripts/generate-schema.sh</c>.
/// </summary>
internal static class AddinSchemaFile
{
    public const string RelativePath = "addin/src/excel/registerSchema.generated.ts";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(string value) => JsonSerializer.Serialize(value, Json);

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Render()
    {
        var ts = new StringBuilder();
        ts.Append("// Generated from the C# column table (service/OfficeInfra.Registers/Schema/RegisterSchema.cs), the workbook\n")
          .Append("// writer and the sample organisation by `bash addin/scripts/generate-schema.sh`: do not edit by hand.\n")
          .Append("// AddinSchemaTests (tests/OfficeInfra.Registers.Tests) fails when this file is stale.\n")
          .Append("import type { SheetSpec } from './sheetSpec';\n\n")
          .Append("/** Every sheet `init` writes, in tab order: the registers, then the optional ones. */\n")
          .Append("export const SHEETS: readonly SheetSpec[] = [\n");
        foreach (var sheet in RegisterSchema.All)
        {
            ts.Append(CultureInfo.InvariantCulture, $"  {{\n    name: {Text(sheet.Name)},\n    jsonKey: {Text(sheet.JsonKey)},\n    optional: {(sheet.Optional ? "true" : "false")},\n    columns: [\n");
            foreach (var column in sheet.Columns)
            {
                ts.Append(CultureInfo.InvariantCulture, $"      {{ header: {Text(column.Header)}, key: {Text(column.JsonKey)}, width: {Number(column.Width)}");
                if (column.Required)
                {
                    ts.Append(", required: true");
                }
                if (column.IsNumber)
                {
                    ts.Append(", isNumber: true");
                }
                if (column.Choices is { } choices)
                {
                    var list = choices.IsFixed
                        ? $"{{ fixed: [{string.Join(", ", choices.Values.Select(Text))}] }}"
                        : $"{{ register: {Text(choices.Register!)}, column: {Text(choices.Column!)}, name: {Text(choices.ListName!)} }}";
                    ts.Append(CultureInfo.InvariantCulture, $", list: {list}, alert: {Text(RegisterSheetWriter.AlertMessage(choices))}");
                }
                ts.Append(" },\n");
            }
            ts.Append("    ],\n  },\n");
        }
        ts.Append("];\n\n")
          .Append("/** The title of the (warning) alert a value outside a drop-down list raises. */\n")
          .Append(CultureInfo.InvariantCulture, $"export const ALERT_TITLE = {Text(RegisterSheetWriter.AlertTitle)};\n\n")
          .Append("/** Vacant roles in red: the rule (relative to row 2) on the Roles register, Excel's light red fill and dark red bold text. */\n")
          .Append(CultureInfo.InvariantCulture, $"export const VACANT_ROLES = {{ register: {Text(RegisterSchema.Roles.Name)}, formula: {Text("=" + RegisterSheetWriter.VacantFormula(RegisterSchema.Roles))}, fill: {Text("#" + WorkbookStyles.VacantFill)}, font: {Text("#" + WorkbookStyles.VacantFont)}, bold: true }} as const;\n\n")
          .Append("/** The sample organisation of `init --sample`, as rows in each sheet's column order. */\n")
          .Append("export const SAMPLE_ROWS: Readonly<Record<string, readonly (readonly (string | number)[])[]>> = {\n");
        var sample = SampleOrganisation.Create();
        foreach (var sheet in RegisterSchema.All)
        {
            ts.Append(CultureInfo.InvariantCulture, $"  {sheet.Name}: [\n");
            foreach (var item in sheet.ItemsOf(sample))
            {
                var cells = sheet.Columns.Select(c => Cell(c, c.CellText(item)));
                ts.Append(CultureInfo.InvariantCulture, $"    [{string.Join(", ", cells)}],\n");
            }
            ts.Append("  ],\n");
        }
        ts.Append("};\n");
        return ts.ToString();
    }

    /// <summary>A cell as the writer writes it: a number for a number column holding one, else text ('' when empty).</summary>
    private static string Cell(RegisterColumn column, string? text) =>
        column.IsNumber && text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : Text(text ?? string.Empty);
}
