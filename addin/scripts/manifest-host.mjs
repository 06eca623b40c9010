// Points ../manifest.xml at a deployment, so it changes one setting rather than ten URLs:
//   npm run manifest -- --host https://officeinfra.contoso.com
//   npm run manifest -- --host https://officeinfra.contoso.com --client-id <guid> --scope api://officeinfra.contoso.com/<guid>/access_as_user
// --host rewrites every URL (the service serves the pane at /addin/taskpane.html). --client-id and --scope (for a
// service in Entra mode) add WebApplicationInfo for Office SSO and pass both to the pane for nested app auth.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const fail = (message) => {
  console.error(message);
  process.exit(2);
};

const host = option('--host')?.replace(/\/$/, '');
const clientId = option('--client-id');
const scope = option('--scope');
if (!host && !clientId) fail('Give --host https://name[:port] (and optionally --client-id <guid> --scope <api://…/access_as_user>).');
if (host && !/^https:\/\/[^/\s"<>&]+$/.test(host)) fail('The host must be https://name[:port], for example https://officeinfra.contoso.com');
if (clientId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) fail('The client id must be the app registration\'s GUID.');
if (Boolean(clientId) !== Boolean(scope)) fail('Give --client-id and --scope together.');
if (scope && !/^[^\s"<>&]+\/access_as_user$/.test(scope)) fail('The scope must end in /access_as_user, for example api://officeinfra.contoso.com/<guid>/access_as_user');

const file = new URL('../../manifest.xml', import.meta.url);
let xml = readFileSync(file, 'utf8');
const current = /<SourceLocation DefaultValue="(https:\/\/[^/"]+)\//.exec(xml)?.[1];
if (!current) fail('manifest.xml has no https SourceLocation to rewrite.');

if (host) xml = xml.split(`"${current}/`).join(`"${host}/`);
if (clientId) {
  const query = `?clientId=${encodeURIComponent(clientId)}&amp;scope=${encodeURIComponent(scope)}`;
  xml = xml.replace(/(\/addin\/taskpane\.html)(\?[^"]*)?"/g, `$1${query}"`);
  const info = [
    '    <WebApplicationInfo>',
    `      <Id>${clientId}</Id>`,
    `      <Resource>${scope.replace(/\/access_as_user$/, '')}</Resource>`,
    '      <Scopes>',
    '        <Scope>openid</Scope>',
    '        <Scope>profile</Scope>',
    '      </Scopes>',
    '    </WebApplicationInfo>',
  ].join('\n');
  xml = xml.replace(/\n\s*<WebApplicationInfo>[\s\S]*?<\/WebApplicationInfo>/, '');
  xml = xml.replace('    </Resources>\n', `    </Resources>\n${info}\n`);
}
writeFileSync(file, xml);
console.log(`manifest.xml now points at ${host ?? current}${clientId ? ` and signs in with app ${clientId}` : ''}.`);
