import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';

const root = join(__dirname, '..', '..', '..');
const schemas = join(__dirname, '..', 'schemas');
const manifest = () => readFileSync(join(root, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const files = readdirSync(schemas).filter((f) => f.endsWith('.xsd'));
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: 'OfficeAppManifestV1_1.xsd', contents: readFileSync(join(schemas, 'OfficeAppManifestV1_1.xsd'), 'utf8') }],
    preload: files.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map((f) => ({ fileName: f, contents: readFileSync(join(schemas, f), 'utf8') })),
  });
}

describe('manifest.xml', () => {
  it('Validate_AgainstOfficeSchema_HasNoErrors', async () => {
    const result = await validate(manifest());
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('Validate_ElementsOutOfOrder_IsRejected', async () => {
    // Proves the schema check bites: Permissions must come after DefaultSettings.
    const broken = manifest().replace('<Permissions>ReadWriteDocument</Permissions>', '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions><DefaultSettings>');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
  });

  it('Manifest_ExcelTaskPane_HomeTabButtonReadWriteAndExcelApi18', () => {
    const xml = manifest();
    expect(xml).toContain('xsi:type="TaskPaneApp"');
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('xsi:type="ShowTaskpane"');
    expect(xml).toContain('DefaultValue="https://localhost:5001/addin/taskpane.html"');
    // Microsoft asks a 64x64 high-resolution icon of task-pane add-ins; SupportUrl must be a page, not JSON.
    expect(xml).toContain('<HighResolutionIconUrl DefaultValue="https://localhost:5001/addin/assets/icon-64.png"/>');
    expect(xml).toContain('<SupportUrl DefaultValue="https://localhost:5001/addin/help.html"/>');
    expect(readFileSync(join(__dirname, '..', '..', 'public', 'help.html'), 'utf8')).toContain('<h1>OfficeInfra help</h1>');
    for (const size of [16, 32, 64, 80]) {
      expect(xml).toContain(`https://localhost:5001/addin/assets/icon-${size}.png`);
      const png = readFileSync(join(__dirname, '..', '..', 'public', 'assets', `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
  });

  function runScript(...args: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    mkdirSync(join(dir, 'addin', 'scripts'), { recursive: true });
    copyFileSync(join(__dirname, '..', '..', 'scripts', 'manifest-host.mjs'), join(dir, 'addin', 'scripts', 'manifest-host.mjs'));
    writeFileSync(join(dir, 'manifest.xml'), manifest());
    execFileSync(process.execPath, [join(dir, 'addin', 'scripts', 'manifest-host.mjs'), ...args]);
    return readFileSync(join(dir, 'manifest.xml'), 'utf8');
  }

  it('ManifestScript_GivenClientIdAndScope_AddsSignInSettingsAndStaysValid', async () => {
    const id = '11111111-2222-3333-4444-555555555555';
    const rewritten = runScript('--host', 'https://oi.contoso.com', '--client-id', id, '--scope', `api://oi.contoso.com/${id}/access_as_user`);
    expect(rewritten).toContain(`<Id>${id}</Id>`);
    expect(rewritten).toContain(`<Resource>api://oi.contoso.com/${id}</Resource>`);
    expect(rewritten).toContain(`DefaultValue="https://oi.contoso.com/addin/taskpane.html?clientId=${id}&amp;scope=api%3A%2F%2Foi.contoso.com%2F${id}%2Faccess_as_user"`);
    const result = await validate(rewritten);
    expect(result.errors).toEqual([]);
  });

  it('ManifestScript_GivenHost_RewritesEveryUrl', () => {
    const rewritten = runScript('--host', 'https://officeinfra.contoso.com');
    expect(rewritten).not.toContain('localhost:5001');
    expect(rewritten).toContain('DefaultValue="https://officeinfra.contoso.com/addin/taskpane.html"');
    expect(rewritten.match(/https:\/\/officeinfra\.contoso\.com\//g)?.length).toBe(manifest().match(/https:\/\/localhost:5001\//g)?.length);
  });
});
