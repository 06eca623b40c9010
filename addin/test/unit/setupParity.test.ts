import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupRegisters, widthInPoints } from '../../src/excel/setupRegisters';
import { FakeOffice, installFakeOffice, type FakeModel } from '../fake/fakeOffice';

/**
 * `init` and the pane's Set up must give the same workbook: the shape of init's .xlsx is read by the .NET side
 * (AddinSchemaTests writes test/parity/init-workbook-shape.json from RegisterWorkbookWriter and fails when it is
 * stale); here the same shape is read from the workbook Set up makes in the Office stand-in.
 */
const initShape = JSON.parse(readFileSync(join(__dirname, '..', 'parity', 'init-workbook-shape.json'), 'utf8')) as unknown;
const colName = (FakeOffice as unknown as { colName(c: number): string }).colName;

function shapeOf(model: FakeModel): unknown {
  return {
    sheets: model.sheets.map((s) => {
      const table = s.tables[0]!;
      const headers = Array.from({ length: table.cols }, (_, j) => String(s.cells.get(`${table.r},${table.c + j}`) ?? ''));
      return {
        name: s.name,
        table: table.name,
        headers,
        frozenRows: s.frozenRows,
        // Office.js takes points; init writes characters of a 7-pixel digit at 0.75 pt a pixel.
        widths: headers.map((_, j) => s.columnWidths[j]! / 0.75 / 7),
        validations: s.validations.map((v) => {
          const source = v.rule.list.source;
          const list = source.startsWith('=') ? { names: model.names[source.slice(1)]!.slice(1) } : { fixed: source.split(',') };
          return { column: colName(v.c), list, alert: { style: v.errorAlert!.style.toLowerCase(), title: v.errorAlert!.title, message: v.errorAlert!.message } };
        }),
        conditionalFormats: s.conditionalFormats.map((f) => ({
          firstCell: `${colName(f.c)}${f.r + 1}`,
          formula: f.cf.custom.rule.formula,
          fill: f.cf.custom.format.fill.color,
          font: f.cf.custom.format.font.color,
          bold: f.cf.custom.format.font.bold,
        })),
      };
    }),
  };
}

describe('init and Set up make the same workbook', () => {
  it('SetUp_EmptyWorkbook_HasInitsTablesColumnsWidthsListsAlertsAndColours', async () => {
    const model = installFakeOffice();
    await Excel.run((context) => setupRegisters(context, { sample: false }));
    expect(shapeOf(model)).toEqual(initShape);
  });

  it('WidthInPoints_InitsWidths_ComeBackAsWholeCharacters', () => {
    for (const characters of [9, 14, 16, 22, 30, 48]) expect(widthInPoints(characters) / 0.75 / 7).toBe(characters);
  });
});
