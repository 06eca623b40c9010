// `npm run manifest -- --host https://officeinfra.contoso.com` points every URL of ../manifest.xml at another
// host (the service serves the pane at /addin/taskpane.html), so a deployment changes one setting, not ten URLs.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--host');
const host = at >= 0 ? args[at + 1] : undefined;
if (!host || !/^https:\/\/[^/\s"<>]+$/.test(host.replace(/\/$/, ''))) {
  console.error('Give the service host as https://name[:port], for example: npm run manifest -- --host https://officeinfra.contoso.com');
  process.exit(2);
}
const file = new URL('../../manifest.xml', import.meta.url);
const xml = readFileSync(file, 'utf8');
const current = /<SourceLocation DefaultValue="(https:\/\/[^/"]+)\//.exec(xml)?.[1];
if (!current) {
  console.error('manifest.xml has no https SourceLocation to rewrite.');
  process.exit(1);
}
const next = host.replace(/\/$/, '');
writeFileSync(file, xml.split(`"${current}/`).join(`"${next}/`));
console.log(`manifest.xml now points at ${next} (was ${current}).`);
