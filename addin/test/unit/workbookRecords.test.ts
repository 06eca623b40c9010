import { beforeEach, describe, expect, it } from 'vitest';
import { CHUNK, partXml, RECORDS_NAMESPACE, readRecords, split, writeRecords } from '../../src/excel/workbookRecords';
import { runChanges } from '../../src/taskpane/runChanges';
import { installFakeOffice, type FakeModel } from '../fake/fakeOffice';

let model: FakeModel;
const read = () => Excel.run((context) => readRecords(context));
const write = (records: unknown, now?: Date) => Excel.run((context) => writeRecords(context, records, now));
const records = (documents: { path: string; sha256: string; version?: number }[]) => ({ generatedAt: '2026-12-05T10:00:00Z', documents, folders: [], stale: [] });

describe('records kept in the workbook (custom XML parts)', () => {
  beforeEach(() => {
    model = installFakeOffice();
  });

  it('Read_WorkbookWithoutRecords_IsUndefined', async () => {
    expect(await read()).toBeUndefined();
  });

  it('WriteThenRead_SmallRecords_RoundTripInOnePartOfTheNamespace', async () => {
    const kept = records([{ path: 'Operations/Job Descriptions/Technician.docx', sha256: 'a'.repeat(64), version: 1 }]);
    await write(kept);
    expect(await read()).toEqual(kept);
    expect(model.customXmlParts).toHaveLength(1);
    expect(model.customXmlParts[0]!.namespaceUri).toBe(RECORDS_NAMESPACE);
  });

  it('WriteThenRead_NamesWithXmlAndUnicode_RoundTrip', async () => {
    const kept = records([{ path: 'R&D <Labs>/SOPs/Çay & "Tea" 茶 😀.docx', sha256: 'b'.repeat(64) }]);
    await write(kept);
    expect(await read()).toEqual(kept);
  });

  it('Write_RecordsLargerThanOneRequest_SplitsIntoPartsEachSyncUnderTheCap', async () => {
    const documents = Array.from({ length: 40_000 }, (_, i) => ({ path: `Department ${i % 40}/Job Descriptions/Role ${i}.docx`, sha256: 'c'.repeat(64), version: 1 + (i % 3) }));
    const kept = records(documents);
    expect(JSON.stringify(kept).length).toBeGreaterThan(5 * 1024 * 1024);
    await write(kept);
    expect(model.customXmlParts.length).toBeGreaterThan(5);
    expect(model.maxBytesPerSync).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(await read()).toEqual(kept);
  });

  it('Write_AgainWithNewRecords_ReplacesTheOldParts', async () => {
    await write(records([{ path: 'a.docx', sha256: '1' }]), new Date('2026-12-01T00:00:00Z'));
    await write(records([{ path: 'b.docx', sha256: '2' }]), new Date('2026-12-02T00:00:00Z'));
    expect(model.customXmlParts).toHaveLength(1);
    expect(await read()).toEqual(records([{ path: 'b.docx', sha256: '2' }]));
  });

  it('Read_NewerRunMissingAPart_KeepsTheLastCompleteRecords', async () => {
    await write(records([{ path: 'a.docx', sha256: '1' }]), new Date('2026-12-01T00:00:00Z'));
    // A write that stopped half way: part 0 of 2 of a later run.
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.add(partXml('2026-12-09T00:00:00.000Z-zzz', 0, 2, '{"documents":'));
      await context.sync();
    });
    expect(await read()).toEqual(records([{ path: 'a.docx', sha256: '1' }]));
  });

  it('Read_OtherAddinsPartsAndAnXmlDeclaration_AreToleratedAndLeftAlone', async () => {
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.add('<settings xmlns="urn:someone-else">x</settings>');
      context.workbook.customXmlParts.add(`<?xml version="1.0" encoding="UTF-8"?>\n<records count="1" index="0" run="r1" xmlns="${RECORDS_NAMESPACE}">{"documents":[]}</records>`);
      await context.sync();
    });
    expect(await read()).toEqual({ documents: [] });
    await write({ documents: [{ path: 'x.docx', sha256: '0' }] });
    expect(model.customXmlParts.map((p) => p.namespaceUri)).toEqual(['urn:someone-else', RECORDS_NAMESPACE]);
  });

  it('Split_SurrogatePairAtTheBoundary_IsNeverCutInHalf', () => {
    const text = `${'x'.repeat(CHUNK - 1)}😀tail`;
    const pieces = split(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]!.length).toBe(CHUNK - 1);
    expect(split('')).toEqual(['']);
  });
});

describe('the Office stand-in follows the documented custom XML part API', () => {
  beforeEach(() => {
    model = installFakeOffice();
  });

  it('Add_TextThatIsNotXml_IsRefused', async () => {
    await expect(Excel.run(async (context) => {
      context.workbook.customXmlParts.add('not xml');
      await context.sync();
    })).rejects.toThrow(/InvalidArgument/);
  });

  it('Add_OverFiveMegabytesInOneRequest_IsRefusedAndNothingIsAdded', async () => {
    await expect(Excel.run(async (context) => {
      context.workbook.customXmlParts.add(`<a xmlns="urn:x">${'y'.repeat(5 * 1024 * 1024)}</a>`);
      await context.sync();
    })).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(model.customXmlParts).toHaveLength(0);
  });

  it('GetXml_BeforeSync_Throws', async () => {
    await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add('<a xmlns="urn:x"/>');
      const xml = part.getXml();
      expect(() => xml.value).toThrow(/has not been loaded/);
      await context.sync();
      expect(xml.value).toBe('<a xmlns="urn:x"/>');
    });
  });
});

describe('runChanges', () => {
  it('RunChanges_SameBytes_NoneChanged_NewAndDifferentCounted', () => {
    const before = records([{ path: 'a.docx', sha256: '1', version: 1 }, { path: 'b.docx', sha256: '2', version: 1 }]);
    const after = records([{ path: 'A.docx', sha256: '1', version: 1 }, { path: 'b.docx', sha256: '3', version: 2 }, { path: 'c.docx', sha256: '4', version: 1 }]);
    const changes = runChanges(before, after);
    expect(changes).toMatchObject({ changed: 1, added: 1 });
    expect(changes.versions.get('b.docx')).toBe(2);
    expect(runChanges(undefined, after)).toMatchObject({ changed: 0, added: 3 });
  });
});
