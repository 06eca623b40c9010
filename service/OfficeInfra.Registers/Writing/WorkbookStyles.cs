using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeInfra.Registers.Writing;

/// <summary>The stylesheet: Excel's defaults plus the red used for vacant roles (differential format 0).</summary>
internal static class WorkbookStyles
{
    /// <summary>Index of the red format in the stylesheet's differential formats.</summary>
    public const uint VacantFormat = 0;

    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            // Text cells wrap and sit at the top, so long descriptions stay readable in a narrow column.
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true, ApplyNumberFormat = true },
            // Headers bold even where the table style is not drawn (LibreOffice ignores Excel table styles).
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        new DifferentialFormats(new DifferentialFormat(
            new Font(new Bold(), new Color { Rgb = "FF" + VacantFont }),
            new Fill(new PatternFill(new BackgroundColor { Rgb = "FF" + VacantFill })))) { Count = 1 });

    /// <summary>The vacant-role fill (RRGGBB): Excel's "light red fill", which the add-in's Set up uses too.</summary>
    public const string VacantFill = "FFC7CE";

    /// <summary>The vacant-role text colour (RRGGBB, bold): Excel's "dark red text".</summary>
    public const string VacantFont = "9C0006";

    /// <summary>Style index of wrapped text cells.</summary>
    public const uint TextCell = 1;

    /// <summary>Style index of header cells.</summary>
    public const uint HeaderCell = 2;
}
