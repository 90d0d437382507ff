import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { GOOGLE_USERS } from '../../../src/engine';
import { sequenceDiagram } from '../../../src/flows/diagrams/sequence';
import { createGoogleIdentityPoolActors } from '../../../src/flows/googleIdentityPool/actors';
import { googleIdentityPoolMachine } from '../../../src/flows/googleIdentityPool/machine';
import { wire } from '../support';

const JANE = GOOGLE_USERS[0]!;

/** The googleIdentityPool flow walked against a real cloud: Google's pages in the browser, then the app's calls. */
async function recorded() {
  const w = await wire(googleIdentityPoolMachine, 'googleIdentityPool', createGoogleIdentityPoolActors);
  const from = w.cloud.log.entries.length;
  await w.send(
    { type: 'google.signIn' },
    { type: 'browser.submit', button: 'Next', values: { email: JANE.email, password: JANE.password } } as EventObject,
    { type: 'browser.submit', button: 'Allow' } as EventObject,
    { type: 'idpool.getId' },
    { type: 'idpool.getCredentials' },
    { type: 'notes.putOwn' },
    { type: 'notes.listAll' },
  );
  return sequenceDiagram(w.cloud.log.entries, w.cloud.outbox.entries, { from });
}

describe('the sequence diagram of Google’s ID token straight to an identity pool', () => {
  it('has Browser, App, Google, Identity pool, STS and S3 as participants, in that order, and no user pool', async () => {
    const { mermaid } = await recorded();
    const participants = mermaid
      .split('\n')
      .filter((line) => line.startsWith('  participant '))
      .map((line) => line.slice('  participant '.length));
    expect(participants).toEqual(['Browser', 'App', 'Google', 'Identity pool', 'STS', 'S3']);
  });

  it('draws Google’s pages as the browser’s hops, in a few words, and the app’s calls from the App', async () => {
    const { transcript } = await recorded();
    const lines = transcript.map((t) => t.text);
    expect(lines.slice(0, 10)).toEqual([
      'Browser → Google: GET /o/oauth2/v2/auth response_type=id_token (no identity checked)',
      'Google → Browser: 302 redirect to /v3/signin/identifier',
      'Browser → Google: GET /v3/signin/identifier (no identity checked)',
      'Google → Browser: 200 the page',
      'Browser → Google: POST /v3/signin/identifier (authentication)',
      'Google → Browser: 302 redirect to /signin/oauth/consent',
      'Browser → Google: GET /signin/oauth/consent (no identity checked)',
      'Google → Browser: 200 the page',
      'Browser → Google: POST /signin/oauth/consent (authorization)',
      'Google → Browser: 302 redirect to the app with the ID token in the fragment',
    ]);
    expect(lines).toContain('App → Identity pool: GetId with the accounts.google.com login (authorization)');
    expect(lines).toContain('S3 → App: 403 AccessDenied');
  });

  it('nests the identity pool’s reads of Google’s keys and its own AssumeRoleWithWebIdentity inside its calls', async () => {
    const { transcript } = await recorded();
    const lines = transcript.map((t) => t.text);
    expect(lines).toContain('Inside GetId, Identity pool → Google: GET /oauth2/v3/certs (no identity checked)');
    expect(lines).toContain('Inside GetCredentialsForIdentity, Identity pool → STS: AssumeRoleWithWebIdentity role PhotoNotes_Google_Role (authorization)');
    expect(lines).toContain(
      'Inside GetCredentialsForIdentity, STS → Identity pool: 200 temporary credentials for PhotoNotes_Google_Role/CognitoIdentityCredentials',
    );
    // The browser's hops carry who decides; a call made inside the cloud does not.
    expect(transcript.find((t) => t.text.startsWith('Browser → Google: POST /v3/signin'))?.strip).toBe('the user, with a password or a secret; Google decides');
    expect(transcript.find((t) => t.text.startsWith('Inside GetId, Identity pool → Google'))?.strip).toBeUndefined();
  });
});
