import { ServiceError } from './serviceError';
import type { TokenSource } from './serviceClient';

/**
 * Tokens for a service in Entra mode. Nested app authentication (MSAL, NestedAppAuth 1.1) is what Microsoft
 * recommends where the host supports it; a host app can supply it through `naa`. Otherwise Office SSO
 * (getAccessToken, needs WebApplicationInfo in the manifest) is used. A token is cached until shortly before expiry.
 */
export function officeTokenSource(naa?: () => Promise<string>): TokenSource {
  let cached: { token: string; until: number } | undefined;
  return async () => {
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
    return token;
  };
}
