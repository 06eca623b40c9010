using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Writing;

namespace OfficeInfra.Registers.Tests.AddinSchema;

/// <summary>
/// The shape of the workbook <c>init</c> writes, read back from the .xlsx: per sheet its table and headers, frozen
/// rows, column widths (characters), drop-down lists (fixed values, or the table column a defined name points at) with their alerts, and
/// conditional formats with their colours. The add-in's parity test (addin/test/unit/setupParity.test.ts) lays out
/// the same shape from the pane's Set up and compares it with this file.
/// </summary>
internal static class InitWorkbookShape
{
    public const string RelativePath = "addin/test/parity/init-workbook-shape.json";

    public static string Render()
    {
        using var stream = new MemoryStream();
        RegisterWorkbookWriter.Write(stream, RegisterSet.Empty);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.DefinedNames?.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text) ?? [];
        var dxfs = workbook.WorkbookStylesPart!.Stylesheet.DifferentialFormats!.Elements<DifferentialFormat>().ToList();
        var sheets = new JsonArray();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var table = part.TableDefinitionParts.Single().Table;
            var frozen = part.Worksheet.Descendants<Pane>().FirstOrDefault() is { State.Value: var state } pane && state == PaneStateValues.Frozen
                ? (int)(pane.VerticalSplit?.Value ?? 0) : 0;
            var validations = new JsonArray();
            foreach (var v in part.Worksheet.Descendants<DataValidation>())
            {
                var formula = v.Formula1!.Text;
                JsonNode list = formula.StartsWith('"')
                    ? new JsonObject { ["fixed"] = new JsonArray([.. formula.Trim('"').Split(',').Select(x => (JsonNode)x)]) }
                    : new JsonObject { ["names"] = names[formula] };
                validations.Add(new JsonObject
                {
                    ["column"] = v.SequenceOfReferences!.InnerText!.Split(':')[0].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'),
                    ["list"] = list,
                    ["alert"] = new JsonObject { ["style"] = v.ErrorStyle?.InnerText ?? "stop", ["title"] = v.ErrorTitle?.Value, ["message"] = v.Error?.Value },
                });
            }
            var formats = new JsonArray();
            foreach (var cf in part.Worksheet.Elements<ConditionalFormatting>())
            {
                foreach (var rule in cf.Elements<ConditionalFormattingRule>())
                {
                    var dxf = dxfs[(int)rule.FormatId!.Value];
                    formats.Add(new JsonObject
                    {
                        ["firstCell"] = cf.SequenceOfReferences!.InnerText!.Split(':')[0],
                        ["formula"] = "=" + rule.GetFirstChild<Formula>()!.Text,
                        ["fill"] = "#" + dxf.Fill!.PatternFill!.BackgroundColor!.Rgb!.Value![2..],
                        ["font"] = "#" + dxf.Font!.Color!.Rgb!.Value![2..],
                        ["bold"] = dxf.Font.Bold is not null,
                    });
                }
            }
            sheets.Add(new JsonObject
            {
                ["name"] = sheet.Name!.Value,
                ["table"] = table.Name!.Value,
                ["headers"] = new JsonArray([.. table.TableColumns!.Elements<TableColumn>().Select(c => (JsonNode)c.Name!.Value!)]),
                ["frozenRows"] = frozen,
                ["widths"] = new JsonArray([.. part.Worksheet.Descendants<Column>().Select(c => (JsonNode)c.Width!.Value)]),
                ["validations"] = validations,
                ["conditionalFormats"] = formats,
            });
        }
        return new JsonObject { ["sheets"] = sheets }.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }
}
