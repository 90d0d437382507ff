import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createHostedUiActors } from '../../src/flows/hostedUi/actors';
import { hostedUiMachine } from '../../src/flows/hostedUi/machine';
import { ARTICLE_USER } from '../../src/flows/types';
import { explainClaim } from '../../src/ui/inspectors/tokens/claims';
import { tokenOrigin } from '../../src/ui/inspectors/tokens/origin';
import { javascriptSnippet, pythonSnippet } from '../../src/ui/inspectors/requests/snippets';
import { wire } from '../flows/support';

// The inspectors on what the hosted UI flow itself sends: its simulated browser, its token exchange.

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });

describe('the hosted UI flow’s code + PKCE sign-in, inspected', () => {
  it('shows its token exchange with the verifier it kept, and its ID token’s nonce as the one it sent', async () => {
    const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
    await w.type({ domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: 'code', scopes: 'openid email' });
    await w.send(ev('integration.save'));
    let s = await w.send(ev('hostedUi.launch'));
    const verifier = s.context.pkce!.verifier;
    s = await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } }));
    expect(s.value).toBe('signedIn');
    const entries = w.cloud.log.entries;
    const exchange = entries.findLast((e) => e.action === 'POST /oauth2/token')!;
    expect(pythonSnippet(exchange)).toContain(`    "code_verifier": "${verifier}",\n`);
    expect(javascriptSnippet(exchange)).toContain(`    code_verifier: "${verifier}",\n`);

    const idToken = s.context.tokens!.IdToken!;
    const sent = new URL(entries.find((e) => e.action === 'GET /oauth2/authorize')!.http.request.url).searchParams.get('nonce');
    expect(sent).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const origin = tokenOrigin(entries, idToken);
    expect(origin).toEqual({ hostedUi: true, grant: 'authorization_code', sentNonce: sent });
    const claims = decodeJwt(idToken) as Record<string, unknown>;
    expect(explainClaim('nonce', claims['nonce'], { now: w.cloud.clock.now(), claims, origin })).toContain(`It matches the nonce the app sent (${sent})`);
  });
});
