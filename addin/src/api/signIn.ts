import { ServiceError } from './serviceError';
import type { TokenSource } from './serviceClient';

/** Who a token was issued to, for the status footer (read from the token's claims; never trusted for anything else). */
export function accountOf(token: string): string | undefined {
  try {
    const payload = token.split('.')[1];
    if (!payload) return undefined;
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const name = json.preferred_username ?? json.upn ?? json.email ?? json.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tokens for a service in Entra mode. Nested app authentication (MSAL, NestedAppAuth 1.1) is what Microsoft
 * recommends where the host supports it; a host app can supply it through `naa`. Otherwise Office SSO
 * (getAccessToken, needs WebApplicationInfo in the manifest) is used. A token is cached for five minutes, or until
 * the service refuses it or the user signs out (`drop`). `onAccount` hears who is signed in (undefined: nobody).
 */
export function officeTokenSource(naa?: () => Promise<string>, onAccount: (account: string | undefined) => void = () => undefined): TokenSource {
  let cached: { token: string; until: number } | undefined;
  return {
    drop() {
      cached = undefined;
      onAccount(undefined);
    },
    async get() {
      if (cached && cached.until > Date.now()) return cached.token;
      let token: string;
      try {
        const naaSupported = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1');
        token = naa && naaSupported ? await naa() : await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
      } catch (e) {
        const code = (e as { code?: number }).code;
        throw new ServiceError(
          'sign-in',
          code === 13001 || code === 13002 ? 'You are not signed in to Office, or sign-in was cancelled.' : 'Signing in to the OfficeInfra service failed.',
          'Sign in to Office with your work account (File > Account), then try again; if it keeps failing, ask your administrator to check the add-in registration.',
        );
      }
      cached = { token, until: Date.now() + 5 * 60 * 1000 };
      onAccount(accountOf(token));
      return token;
    },
  };
}
