import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startCloudServer, type CloudServer, type CloudServerOptions } from '../../src/server/http';
import { ARTICLE_USER, FIXTURE_KEYS, lastCodeFor } from '../support/cloud';

const { username, password } = ARTICLE_USER;
const running: CloudServer[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function start(options: CloudServerOptions = {}) {
  const lines: string[] = [];
  const server = await startCloudServer({ port: 0, host: '127.0.0.1', keys: FIXTURE_KEYS, bootstrap: true, print: (l) => lines.push(l), ...options });
  running.push(server);
  const sdk = new CognitoIdentityProviderClient({
    endpoint: server.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return { server, sdk, lines, clientId: server.bootstrapped!.clientId, userPoolId: server.bootstrapped!.userPoolId };
}

const signIn = (clientId: string) =>
  new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } });

describe('npm run cloud: the engine behind node:http for real AWS clients', () => {
  it('serves the article journey to the real SDK over loopback, and the pool JWKS verifies its tokens', async () => {
    const { server, sdk, lines, clientId, userPoolId } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const signUp = await sdk.send(
      new SignUpCommand({ ClientId: clientId, Username: username, Password: password, UserAttributes: [{ Name: 'email', Value: username }] }),
    );
    expect(signUp).toMatchObject({
      UserConfirmed: false,
      CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    const code = lastCodeFor(server.cloud, username);
    await sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: code }));
    const { AuthenticationResult } = await sdk.send(signIn(clientId));
    expect(AuthenticationResult).toMatchObject({ TokenType: 'Bearer', ExpiresIn: 3600 });
    const user = await sdk.send(new GetUserCommand({ AccessToken: AuthenticationResult!.AccessToken! }));
    expect(user.UserAttributes).toContainEqual({ Name: 'email', Value: username });

    const jwks = createRemoteJWKSet(new URL(`${server.url}/${userPoolId}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(AuthenticationResult!.IdToken!, jwks, {
      issuer: `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`,
      audience: clientId,
    });
    expect(payload).toMatchObject({ sub: signUp.UserSub, email: username, token_use: 'id' });

    const printed = lines.join('\n');
    expect(printed).toMatch(/SignUp +200/);
    expect(printed).toMatch(/InitiateAuth +200/);
    expect(printed).toContain(`EMAIL to ${username}`);
    expect(printed).toContain(`code: ${code}`);
    expect(printed).toMatch(/GET \/us-east-1_\w+\/\.well-known\/jwks\.json +200/);
  });

  it('prints AWS errors and keeps serving after garbage, unroutable and malformed requests', async () => {
    const { server, sdk, lines, clientId } = await start();
    const garbage = await fetch(`${server.url}/`, { method: 'POST', body: '\u0000{{{not json' });
    expect(garbage.status).toBe(400);
    expect(garbage.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(await garbage.json()).toMatchObject({ __type: 'UnknownOperationException', message: expect.stringContaining('X-Amz-Target') });

    const badJson = await fetch(`${server.url}/`, {
      method: 'POST',
      headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp', 'content-type': 'application/x-amz-json-1.1' },
      body: '{"ClientId":',
    });
    expect(await badJson.json()).toMatchObject({ __type: 'SerializationException' });

    const trace = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () =>
        socket.end('TRACE / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AWSCognitoIdentityProviderService.SignUp\r\nConnection: close\r\n\r\n'),
      );
      socket.on('data', (chunk) => (text += String(chunk)));
      socket.on('close', () => resolve(text));
    });
    expect(trace).toMatch(/^HTTP\/1\.1 400/);
    expect(trace).toContain('"__type":"InvalidRequestException"');

    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });

    const error = await sdk.send(signIn(clientId)).catch((e: unknown) => e as { name: string; message: string });
    expect(error).toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });
    expect(lines.join('\n')).toMatch(/InitiateAuth +400 {2}UserNotFoundException: User does not exist\./);
  });

  it('keeps the cloud in a --state file: after a restart with the same file the user still signs in', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cloud-state-'));
    dirs.push(dir);
    const statePath = join(dir, 'nested', 'cloud.json');
    const first = await start({ statePath });
    expect(first.server.restored).toBe(false);
    await first.sdk.send(
      new SignUpCommand({ ClientId: first.clientId, Username: username, Password: password, UserAttributes: [{ Name: 'email', Value: username }] }),
    );
    await first.sdk.send(
      new ConfirmSignUpCommand({ ClientId: first.clientId, Username: username, ConfirmationCode: lastCodeFor(first.server.cloud, username) }),
    );
    await first.server.close();
    running.splice(running.indexOf(first.server), 1);
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toMatchObject({ format: 'cognito-simulator/cloud', version: 2 });

    const second = await start({ statePath });
    expect(second.server.restored).toBe(true);
    expect(second.server.bootstrapped).toEqual({ userPoolId: first.userPoolId, clientId: first.clientId, created: false });
    const { AuthenticationResult } = await second.sdk.send(signIn(second.clientId));
    expect(AuthenticationResult?.AccessToken).toBeDefined();
  });
});
