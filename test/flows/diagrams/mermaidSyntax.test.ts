// @vitest-environment happy-dom
// Mermaid's own parser (it needs a DOM to load) accepts everything the generators write.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { cognitoTrustPolicy } from '../../../src/engine';
import { sequenceDiagram } from '../../../src/flows/diagrams/sequence';
import { stateChart } from '../../../src/flows/diagrams/stateChart';
import { storyDiagram } from '../../../src/flows/diagrams/story';
import { flows, FLOW_IDS } from '../../../src/flows/registry';
import { signUpToGetUser } from './realLog';
import { identityLog } from './identityLog';

const parse = async (text: string) => {
  const { default: mermaid } = await import('mermaid');
  return mermaid.parse(text);
};

describe('Mermaid syntax', () => {
  it('rejects what our escaping prevents (a raw semicolon in a message)', async () => {
    await expect(parse('sequenceDiagram\n  A->>B: one; two')).rejects.toThrow();
  });

  it.each(FLOW_IDS)('parses the %s state chart, with its current state highlighted', async (id) => {
    const actor = createActor((await flows[id].load()).machine, { input: { setup: {} } }).start();
    expect(await parse(stateChart((await flows[id].load()).machine, actor.getSnapshot()))).toBeTruthy();
    expect(await parse(stateChart((await flows[id].load()).machine, actor.getSnapshot(), { plain: true }))).toBeTruthy();
    actor.stop();
  });

  it('parses a real log as a sequence diagram, odd usernames included', async () => {
    const { cloud, setupCalls } = await signUpToGetUser('we"ird;na:me{x}#1%%|<b>');
    expect(await parse(sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls, highlight: setupCalls + 2 }).mermaid)).toBeTruthy();
    expect(await parse(sequenceDiagram(cloud.log.entries, cloud.outbox.entries).mermaid)).toBeTruthy();
  });

  it('parses the identity side: a call nested in another (activation and box), signed S3 and Sync calls, a refusal', async () => {
    const { cloud, setupCalls, pool } = await identityLog();
    // STS refuses the guest role once its trust policy names another pool: a refusal inside GetCredentialsForIdentity.
    await cloud.iam.updateAssumeRolePolicy({
      RoleName: 'Guest',
      PolicyDocument: JSON.stringify(cognitoTrustPolicy('us-east-1:00000000-0000-0000-0000-000000000000', 'unauthenticated')),
    });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId });
    await expect(cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId! })).rejects.toMatchObject({ status: 400 });
    const { mermaid } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls, highlight: setupCalls + 1 });
    expect(mermaid).toContain('Identity pool-->>-App');
    expect(mermaid).toContain('--x-App');
    expect(await parse(mermaid)).toBeTruthy();
    expect(
      await parse(sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls, upTo: setupCalls + 3, holdLastResponse: true }).mermaid),
    ).toBeTruthy();
  });

  it('parses a story with punctuation in its messages', async () => {
    const { mermaid } = storyDiagram([
      { message: 'Moviegoer->>Ticket site: pays; proves who they are: "me" {really}', label: 'authentication' },
      { message: 'not an arrow at all: #1' },
    ]);
    expect(await parse(mermaid)).toBeTruthy();
  });

  it('parses a story whose casts are drawn as boxes', async () => {
    const { mermaid } = storyDiagram([
      { message: 'Fan->>Ticket site: signs in and pays', cast: 'The concert' },
      { message: 'App->>User pool: signs the user in', cast: 'In Cognito' },
      { message: 'Narrator->>Fan: an aside' },
    ]);
    expect(mermaid).toContain('box ');
    expect(await parse(mermaid)).toBeTruthy();
  });
});
