import AdmZip from 'adm-zip';
import { posix } from 'node:path';

// What Excel does with a workbook's custom XML parts (Excel.CustomXmlPartCollection) when it saves the .xlsx and when
// it opens one, by ECMA-376 Part 1 §15.2.4–15.2.6: each part is a Custom XML Data Storage part
// (/customXml/itemN.xml, application/xml) targeted by the workbook part's `customXml` relationship, with a Custom XML
// Data Storage Properties part (itemPropsN.xml) that carries the part's ID. Excel on Windows writes them so, with an
// XML declaration in front of the part's text; on opening, a part's namespaceUri is its root element's namespace.

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const DATASTORE = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>';

/** One custom XML part as Office.js shows it. */
export interface CustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!, m[2] ?? m[3]!]));

const text = (zip: AdmZip, name: string): string | undefined => {
  const entry = zip.getEntry(name);
  return entry ? entry.getData().toString('utf8').replace(/^\uFEFF/, '') : undefined;
};

const relationshipsPart = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

function relationshipsOf(zip: AdmZip, part: string): Relationship[] {
  const xml = text(zip, relationshipsPart(part)) ?? '';
  return [...xml.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => {
    const a = attributes(m[1]!);
    const target = a.Target!.startsWith('/') ? a.Target!.slice(1) : posix.normalize(posix.join(posix.dirname(part), a.Target!));
    return { id: a.Id!, type: a.Type!, target };
  });
}

/** The workbook part's name (xl/workbook.xml), found as Excel finds it: through the package's officeDocument relationship. */
function workbookPart(zip: AdmZip): string {
  const main = relationshipsOf(zip, '').find((r) => r.type.endsWith('/officeDocument'));
  if (!main) throw new Error('not an Office package: no officeDocument relationship');
  return main.target;
}

/** Saves `parts` into the .xlsx at `file` in place of the custom XML parts it held, as Excel's Save does. */
export function saveCustomXmlParts(file: string, parts: CustomXmlPart[]): void {
  const zip = new AdmZip(file);
  const workbook = workbookPart(zip);
  const rels = relationshipsPart(workbook);
  for (const old of relationshipsOf(zip, workbook).filter((r) => r.type === CUSTOM_XML)) {
    for (const p of relationshipsOf(zip, old.target)) zip.deleteFile(p.target);
    zip.deleteFile(relationshipsPart(old.target));
    zip.deleteFile(old.target);
  }
  let relsXml = text(zip, rels)!.replace(new RegExp(`<Relationship\\b[^>]*Type="${CUSTOM_XML}"[^>]*/>`, 'g'), '');
  let types = text(zip, '[Content_Types].xml')!.replace(/<Override\b[^>]*PartName="\/customXml\/[^"]*"[^>]*\/>/g, '');
  if (!/<Default\b[^>]*Extension="xml"/i.test(types)) types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  parts.forEach((part, i) => {
    const n = i + 1;
    zip.addFile(`customXml/item${n}.xml`, Buffer.from(`${DECLARATION}${part.xml}`, 'utf8'));
    zip.addFile(`customXml/itemProps${n}.xml`, Buffer.from(`${DECLARATION}\r\n<ds:datastoreItem ds:itemID="${part.id}" xmlns:ds="${DATASTORE}"><ds:schemaRefs><ds:schemaRef ds:uri="${part.namespaceUri}"/></ds:schemaRefs></ds:datastoreItem>`, 'utf8'));
    zip.addFile(`customXml/_rels/item${n}.xml.rels`, Buffer.from(`${DECLARATION}\r\n<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`, 'utf8'));
    relsXml = relsXml.replace('</Relationships>', `<Relationship Id="rIdOfficeInfraItem${n}" Type="${CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`);
  });
  zip.updateFile(rels, Buffer.from(relsXml, 'utf8'));
  zip.updateFile('[Content_Types].xml', Buffer.from(types, 'utf8'));
  zip.writeZip(file);
}

/** The custom XML parts Excel shows an add-in after opening the .xlsx at `file`, in the workbook's relationship order. */
export function openCustomXmlParts(file: string): CustomXmlPart[] {
  const zip = new AdmZip(file);
  return relationshipsOf(zip, workbookPart(zip))
    .filter((r) => r.type === CUSTOM_XML)
    .map((r) => {
      const xml = text(zip, r.target)!;
      const props = relationshipsOf(zip, r.target).find((p) => p.type === CUSTOM_XML_PROPS);
      const item = props && /<(?:\w+:)?datastoreItem\b([^>]*)>/.exec(text(zip, props.target) ?? '');
      const id = item ? Object.entries(attributes(item[1]!)).find(([k]) => k.endsWith('itemID'))?.[1] : undefined;
      if (!id) throw new Error(`${r.target} has no itemID: Excel would give it a new one`);
      const root = /<(?!\?|!)([\w.-]+:)?[\w.-]+\b([^>]*)>/.exec(xml)!;
      const prefix = root[1] ? `xmlns:${root[1].slice(0, -1)}` : 'xmlns';
      return { id, namespaceUri: attributes(root[2]!)[prefix] ?? '', xml };
    });
}
