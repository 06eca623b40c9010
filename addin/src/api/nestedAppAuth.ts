import type { IPublicClientApplication } from '@azure/msal-browser';

/** The Entra app registration the pane signs in with; the manifest passes it in the pane's URL. */
export interface EntraApp {
  clientId: string;
  /** The service's delegated scope, e.g. api://officeinfra.contoso.com/<client id>/access_as_user. */
  scope: string;
}

/** Reads `clientId` and `scope` from the page's query string (set by `npm run manifest -- --client-id … --scope …`). */
export function entraAppFromQuery(search: string): EntraApp | undefined {
  const query = new URLSearchParams(search);
  const clientId = query.get('clientId');
  const scope = query.get('scope');
  return clientId && scope ? { clientId, scope } : undefined;
}

/**
 * A token getter using MSAL nested app authentication (the host brokers the sign-in). MSAL is loaded only when
 * the service asks for tokens, so local mode never downloads it.
 */
export function nestedAppAuth(app: EntraApp): () => Promise<string> {
  let pca: Promise<IPublicClientApplication> | undefined;
  return async () => {
    const msal = await import('@azure/msal-browser');
    pca ??= msal.createNestablePublicClientApplication({ auth: { clientId: app.clientId, authority: 'https://login.microsoftonline.com/common' } });
    const client = await pca;
    const request = { scopes: [app.scope] };
    try {
      return (await client.acquireTokenSilent(request)).accessToken;
    } catch {
      // Silent fails on first use or when consent is needed: let the host show its sign-in window.
      return (await client.acquireTokenPopup(request)).accessToken;
    }
  };
}
