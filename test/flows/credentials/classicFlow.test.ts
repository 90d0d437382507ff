import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy, iam } from '../../../src/engine';
import { classicMachine } from '../../../src/flows/classicFlow/machine';
import { OTHER_POOL_ID } from '../../../src/flows/classicFlow/setup';
import { GUEST_ROLE_NAME } from '../../../src/flows/credentials/scenarios';
import { wire, type Wired } from '../support';

const ev = (type: string) => ({ type });
const REFUSED = { code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity' };
const trustOf = (w: Wired) => JSON.parse(w.cloud.records(iam).roles[GUEST_ROLE_NAME.toLowerCase()]!.AssumeRolePolicyDocument);

async function withToken() {
  const w = await wire(classicMachine, 'classicPool');
  await w.send(ev('classic.getId'));
  const s = await w.send(ev('classic.getOpenIdToken'));
  return { w, s };
}

describe('the classicFlow flow: the basic flow', () => {
  it('gets an identity, its OpenID token, and the guest role’s credentials from STS, then reads Sync with them', async () => {
    const { w, s } = await withToken();
    expect(s.value).toBe('tokenHeld');
    const claims = decodeJwt(s.context.token);
    expect(claims).toMatchObject({ aud: w.setup.identityPoolId, sub: s.context.identityId, amr: ['unauthenticated'] });
    const held = await w.send(ev('classic.assumeRole'));
    expect(held.value).toBe('credentialsHeld');
    expect(held.context.assumedRoleArn).toBe(`arn:aws:sts::123456789012:assumed-role/${GUEST_ROLE_NAME}/article-app`);
    expect(held.context.credentials.accessKeyId).toMatch(/^ASIA/);
    expect(w.cloud.log.entries.filter((e) => !e.parent).map((e) => e.action)).toEqual(
      expect.arrayContaining(['GetId', 'GetOpenIdToken', 'AssumeRoleWithWebIdentity']),
    );
    const read = await w.send(ev('classic.syncList'));
    expect(read.value).toBe('credentialsHeld');
    expect(read.context.answer).toMatchObject({ ok: true, status: 200, request: { action: 'ListRecords' } });
    expect((await w.send(ev('classic.restart'))).context.credentials).toBeUndefined();
  });

  it('is refused by STS when the trust policy wants amr authenticated, and when its aud names another pool; restoring it works', async () => {
    const { w } = await withToken();
    let s = await w.send(ev('trust.wrongAmr'));
    expect(s.value).toBe('tokenHeld');
    expect(trustOf(w)).toEqual(cognitoTrustPolicy(w.setup.identityPoolId!, 'authenticated'));
    s = await w.send(ev('classic.assumeRole'));
    expect(s.value).toBe('failed');
    expect(s.context.error).toEqual(REFUSED);

    s = await w.send(ev('trust.wrongAud'));
    expect(s.value).toBe('tokenHeld');
    expect(trustOf(w)).toEqual(cognitoTrustPolicy(OTHER_POOL_ID, 'unauthenticated'));
    s = await w.send(ev('classic.assumeRole'));
    expect(s.context.error).toEqual(REFUSED);

    s = await w.send(ev('trust.restore'));
    expect(trustOf(w)).toEqual(cognitoTrustPolicy(w.setup.identityPoolId!, 'unauthenticated'));
    expect(s.context.trust).toContain('aud is this identity pool');
    s = await w.send(ev('classic.assumeRole'));
    expect(s.value).toBe('credentialsHeld');
  });

  it('shows the identity pool’s refusal of the basic flow once the pool no longer allows it, and starts again', async () => {
    const w = await wire(classicMachine, 'classicPool');
    await w.send(ev('classic.getId'));
    await w.cloud.cognitoIdentity.updateIdentityPool({
      IdentityPoolId: w.setup.identityPoolId!,
      IdentityPoolName: 'article',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: false,
    });
    let s = await w.send(ev('classic.getOpenIdToken'));
    expect(s.value).toBe('failed');
    expect(s.context.error).toEqual({ code: 'InvalidParameterException', message: 'Basic (classic) flow is not enabled, please use enhanced flow.' });
    // Without a token there is nothing to exchange: only starting again is offered.
    expect(s.can(ev('classic.assumeRole'))).toBe(false);
    s = await w.send(ev('classic.restart'));
    expect(s.value).toBe('idle');
    expect(s.context.identityId).toBeUndefined();
  });
});
