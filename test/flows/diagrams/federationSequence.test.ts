import { describe, expect, it } from 'vitest';
import { isBrowserHop, orderParticipants, sequenceDiagram } from '../../../src/flows/diagrams/sequence';
import { browse } from '../../../src/flows/hostedUi/browse';
import { CALLBACK } from '../../support/oauth';
import { appAuthorizeUrl, cognitoTokens, federatedUi, JANE } from '../../engine/hostedUi/federationSetup';

/**
 * A recorded Google sign-in through the hosted UI, the app's own simulated browser (hostedUi/browse.ts) making the hops:
 * to the hosted UI, on to Google's pages, back to /oauth2/idpresponse (which calls Google's token endpoint, its keys and the
 * People API), then to the app's callback; the app exchanges Cognito's code.
 */
async function googleSignInLog() {
  const ui = await federatedUi();
  const from = ui.cloud.log.entries.length;
  const urls = { callbackUrl: CALLBACK, signOutUrl: CALLBACK };
  let state = (await browse(ui.cloud, undefined, { kind: 'navigate', url: appAuthorizeUrl(ui, { identity_provider: 'Google' }) }, urls)).browser;
  state = (await browse(ui.cloud, state, { kind: 'submit', button: 'Next', values: { email: JANE.email, password: JANE.password } }, urls)).browser;
  const { landed } = await browse(ui.cloud, state, { kind: 'submit', button: 'Allow', values: {} }, urls);
  await cognitoTokens(ui, new URL(landed!).searchParams.get('code')!);
  return { entries: ui.cloud.log.entries, outbox: ui.cloud.outbox.entries, from };
}

const arrows = (mermaid: string) => mermaid.split('\n').filter((l) => /->>|-->>|--x/.test(l));

describe('the sequence diagram of a federated sign-in', () => {
  it('names Browser, App, Hosted UI and Google, in the order a reader expects', async () => {
    const { entries, outbox, from } = await googleSignInLog();
    const { mermaid } = sequenceDiagram(entries, outbox, { from });
    const participants = mermaid.split('\n').filter((l) => l.startsWith('  participant'));
    expect(participants.slice(0, 4)).toEqual(['  participant Browser', '  participant App', '  participant Hosted UI', '  participant Google']);
    expect(participants.includes('  participant Email')).toBe(false);
  });

  it('draws the browser’s hops from Browser, the app’s token exchange from App, and the hosted UI’s calls to Google from Hosted UI', async () => {
    const { entries, outbox, from } = await googleSignInLog();
    const lines = arrows(sequenceDiagram(entries, outbox, { from }).mermaid);
    const starts = (prefix: string) => lines.filter((l) => l.trimStart().startsWith(prefix));
    expect(starts('Browser->>Hosted UI: GET /oauth2/authorize').length).toBe(1);
    expect(lines).toContain('  Hosted UI-->>Browser: 302 redirect to Google');
    expect(lines).toContain('  Google-->>Browser: 302 redirect to Hosted UI');
    expect(starts('Browser->>Google: GET /o/oauth2/v2/auth').length).toBe(1);
    expect(starts('Browser->>Google: POST').length).toBeGreaterThanOrEqual(2);
    expect(starts('Browser->>+Hosted UI: GET /oauth2/idpresponse').length).toBe(1);
    expect(starts('Hosted UI->>Google: POST /oauth2/v4/token').length).toBe(1);
    expect(starts('Hosted UI->>Google: GET /v1/people/me').length).toBe(1);
    expect(starts('App->>Hosted UI: POST /oauth2/token grant_type=authorization_code').length).toBe(1);
    expect(lines).toContain('  Hosted UI-->>-Browser: 302 redirect to the app with a code');
    // Nothing the browser or the hosted UI sent is drawn from the app.
    expect(lines.filter((l) => l.trimStart().startsWith('App->>')).map((l) => l.trim().split(':')[0])).toEqual(['App->>Hosted UI']);
  });

  it('tells a page or redirect (a browser’s) from a JSON answer (a client’s) on a provider’s site', async () => {
    const { entries } = await googleSignInLog();
    const google = entries.filter((e) => e.service === 'idp-google');
    const browser = google.filter((e) => isBrowserHop(e)).map((e) => e.action);
    expect(browser).toContain('GET /o/oauth2/v2/auth');
    expect(browser).not.toContain('POST /oauth2/v4/token');
    expect(google.filter((e) => !isBrowserHop(e)).every((e) => e.parent)).toBe(true);
  });

  it('orders every named party the same whatever answered first, other services after them', () => {
    expect(orderParticipants(['STS', 'IAM', 'User pool', 'SAML IdP', 'Identity pool', 'OIDC IdP', 'Google', 'Hosted UI'])).toEqual([
      'Hosted UI',
      'Google',
      'OIDC IdP',
      'SAML IdP',
      'User pool',
      'Identity pool',
      'STS',
      'IAM',
    ]);
    expect(orderParticipants(['S3', 'Your API', 'User pool'])).toEqual(['Your API', 'User pool', 'S3']);
  });
});
