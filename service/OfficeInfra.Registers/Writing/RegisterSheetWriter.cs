using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeInfra.Registers.Model;
using OfficeInfra.Registers.Schema;
using static OfficeInfra.Registers.Findings.CellReference;
using C = OfficeInfra.Registers.Schema.RegisterSchema.Columns;

namespace OfficeInfra.Registers.Writing;

/// <summary>Writes one register sheet: its cells, one Excel table, frozen header, widths and drop-downs.</summary>
internal static class RegisterSheetWriter
{
    private const int LastExcelRow = 1_048_576;

    public static void Write(WorksheetPart part, RegisterSheet register, RegisterSet registers, SharedStrings strings, uint id)
    {
        var rows = register.ItemsOf(registers).Select(item => register.Columns.Select(c => c.CellText(item)).ToArray()).ToList();
        var lastColumn = ColumnLetters(register.Columns.Count - 1);
        // A table needs at least one data row; an empty register gets one blank row, which readers skip.
        var lastRow = Math.Max(rows.Count + 1, 2);
        var data = new SheetData();
        data.Append(Row(1, register.Columns.Select(c => c.Header).ToArray<string?>(), register, strings, header: true));
        for (var i = 0; i < rows.Count; i++)
        {
            data.Append(Row(i + 2, rows[i], register, strings, header: false));
        }
        var worksheet = new Worksheet(
            new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = id == 1, WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Widths(register),
            data);
        if (register == RegisterSchema.Roles)
        {
            worksheet.Append(VacantInRed(register));
        }
        var validations = Validations(register);
        if (validations.HasChildren)
        {
            worksheet.Append(validations);
        }
        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        tablePart.Table = Table(register, id, $"A1:{lastColumn}{lastRow}");
        worksheet.Append(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
        part.Worksheet = worksheet;
    }

    private static Row Row(int number, string?[] values, RegisterSheet register, SharedStrings strings, bool header)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var c = 0; c < values.Length; c++)
        {
            var text = values[c];
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            var cell = new Cell { CellReference = ColumnLetters(c) + number.ToString(CultureInfo.InvariantCulture) };
            if (!header && register.Columns[c].IsNumber && IsPlainNumber(text))
            {
                cell.CellValue = new CellValue(text);
            }
            else
            {
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture));
                cell.StyleIndex = header ? WorkbookStyles.HeaderCell : WorkbookStyles.TextCell;
            }
            row.Append(cell);
        }
        return row;
    }

    /// <summary>True when the text reads back the same after a round trip through a number cell.</summary>
    private static bool IsPlainNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
        && n.ToString(CultureInfo.InvariantCulture) == text && double.Parse(text, CultureInfo.InvariantCulture).ToString("G15", CultureInfo.InvariantCulture) == text;

    private static Columns Widths(RegisterSheet register)
    {
        var columns = new Columns();
        for (var c = 0; c < register.Columns.Count; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = register.Columns[c].Width, CustomWidth = true });
        }
        return columns;
    }

    private static DataValidations Validations(RegisterSheet register)
    {
        var validations = new DataValidations();
        for (var c = 0; c < register.Columns.Count; c++)
        {
            if (register.Columns[c] is not { Choices: { } choices } column)
            {
                continue;
            }
            var letters = ColumnLetters(c);
            validations.Append(new DataValidation(new Formula1(choices.Formula))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                // A warning, not a stop: a new role may be typed before it is added to Roles; Check reports it.
                ErrorStyle = DataValidationErrorStyleValues.Warning,
                ErrorTitle = AlertTitle,
                Error = AlertMessage(choices),
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}{LastExcelRow}" },
            });
        }
        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    /// <summary>The title of the alert a value outside a column's drop-down list raises (the add-in's Set up shows the same).</summary>
    internal const string AlertTitle = "Not in the list";

    /// <summary>The alert's sentence: which values the list offers, or where to add a missing name.</summary>
    internal static string AlertMessage(ColumnChoices choices) => choices.IsFixed
        ? $"Pick one of: {string.Join(", ", choices.Values)}."
        : $"Pick a value from the {choices.Register} register, or add it there first.";

    /// <summary>
    /// The rule that marks a vacant role (SPEC §2: Status Vacant, or no Status and no Holder), relative to row 2;
    /// Excel compares text case-insensitively, so "vacant" matches too.
    /// </summary>
    internal static string VacantFormula(RegisterSheet register)
    {
        var title = ColumnLetters(register.IndexOf(C.Role));
        var status = ColumnLetters(register.IndexOf(C.Status));
        var holder = ColumnLetters(register.IndexOf(C.Holder));
        return $"AND(${title}2<>\"\",OR(TRIM(${status}2)=\"Vacant\",AND(TRIM(${status}2)=\"\",TRIM(${holder}2)=\"\")))";
    }

    private static ConditionalFormatting VacantInRed(RegisterSheet register)
    {
        var last = ColumnLetters(register.Columns.Count - 1);
        var rule = new ConditionalFormattingRule(new Formula(VacantFormula(register)))
        {
            Type = ConditionalFormatValues.Expression,
            FormatId = WorkbookStyles.VacantFormat,
            Priority = 1,
        };
        return new ConditionalFormatting(rule)
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A2:{last}{LastExcelRow}" },
        };
    }

    private static Table Table(RegisterSheet register, uint id, string reference)
    {
        var columns = new TableColumns { Count = (uint)register.Columns.Count };
        for (var c = 0; c < register.Columns.Count; c++)
        {
            columns.Append(new TableColumn { Id = (uint)(c + 1), Name = register.Columns[c].Header });
        }
        return new Table(
            new AutoFilter { Reference = reference },
            columns,
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false })
        {
            Id = id,
            Name = register.Name,
            DisplayName = register.Name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }
}
