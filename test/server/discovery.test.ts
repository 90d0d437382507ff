import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { hostedUiUnderLocalhost } from '../../src/server/discovery';
import { banner } from '../../src/server/main';
import { FIXTURE_KEYS } from '../support/cloud';
import { machinePool } from '../support/oauth';

// `npm run cloud`: OIDC discovery under a hosted UI's own host under localhost lists endpoints a client on this machine reaches.

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** One request to the server at 127.0.0.1 with the Host header a browser sends for `*.localhost` (which it resolves to loopback). */
function send(server: CloudServer, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const target = new URL(url);
  const port = new URL(server.url).port;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: init.method ?? 'GET', path: `${target.pathname}${target.search}`, headers: { host: target.host, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

async function start() {
  const server = await startCloudServer({ port: 0, host: '127.0.0.1', keys: FIXTURE_KEYS, print: () => {} });
  running.push(server);
  const setup = await machinePool(server.cloud);
  const port = new URL(server.url).port;
  const local = `http://shop-login.auth.${server.cloud.region}.amazoncognito.com.localhost:${port}`;
  const issuer = `https://cognito-idp.${server.cloud.region}.amazonaws.com/${setup.userPoolId}`;
  return { server, setup, local, issuer };
}

describe('discovery under the hosted UI’s localhost host', () => {
  it('lists the endpoints at that same host and port, keeps AWS’s issuer, and serves the JWKS there', async () => {
    const { server, setup, local, issuer } = await start();
    const answer = await send(server, `${local}/.well-known/openid-configuration`);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    const document = JSON.parse(answer.body) as Record<string, unknown>;
    const atAws = (await (await server.cloud.fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(document).toEqual({
      ...atAws,
      issuer,
      authorization_endpoint: `${local}/oauth2/authorize`,
      token_endpoint: `${local}/oauth2/token`,
      userinfo_endpoint: `${local}/oauth2/userInfo`,
      revocation_endpoint: `${local}/oauth2/revoke`,
      end_session_endpoint: `${local}/logout`,
      jwks_uri: `${local}/.well-known/jwks.json`,
    });

    const jwks = await send(server, document['jwks_uri'] as string);
    expect(jwks.status).toBe(200);
    expect(jwks.contentType).toBe('application/json');
    expect(JSON.parse(jwks.body)).toEqual(await (await server.cloud.fetch(`${issuer}/.well-known/jwks.json`)).json());

    // The listed token endpoint answers there, and its token verifies with the listed keys and issuer.
    const token = await send(server, document['token_endpoint'] as string, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa(`${setup.clientId}:${setup.clientSecret}`)}` },
      body: 'grant_type=client_credentials&scope=orders%2Fread',
    });
    expect(token.status).toBe(200);
    const { access_token } = JSON.parse(token.body) as { access_token: string };
    const { payload } = await jwtVerify(access_token, createLocalJWKSet(JSON.parse(jwks.body) as JSONWebKeySet), {
      issuer: document['issuer'] as string,
      algorithms: ['RS256'],
      currentDate: new Date(server.cloud.clock.now()),
    });
    expect(payload).toMatchObject({ client_id: setup.clientId, scope: 'orders/read' });
  });

  it('leaves cloud.fetch’s answers at the real hostnames as AWS’s: no discovery on the domain, the issuer’s on amazoncognito.com', async () => {
    const { server, setup, issuer } = await start();
    const onDomain = await server.cloud.fetch(`${setup.base}/.well-known/openid-configuration`);
    expect(onDomain.status).toBe(404);
    const document = (await (await server.cloud.fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(document['token_endpoint']).toBe(`${setup.base}/oauth2/token`);
    expect(document['jwks_uri']).toBe(`${issuer}/.well-known/jwks.json`);
  });

  it('lets a domain nobody created, and other paths, answer as the hosted UI does', async () => {
    const { server, local } = await start();
    const port = new URL(server.url).port;
    const unknown = await send(server, `http://nobody-here.auth.${server.cloud.region}.amazoncognito.com.localhost:${port}/.well-known/openid-configuration`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('No user pool has the domain nobody-here');
    const other = await send(server, `${local}/.well-known/other.json`);
    expect(other.status).toBe(404);
    expect(other.body).toContain('The hosted UI has no page /.well-known/other.json.');
  });

  it('is named in the start banner, with the port it listens on', async () => {
    const { server } = await start();
    const port = new URL(server.url).port;
    expect(banner(server)).toContain(
      `Hosted UI (after CreateUserPoolDomain): http://<domain>.auth.${server.cloud.region}.amazoncognito.com.localhost:${port}\n`,
    );
  });

  it('reads the domain and region from the Host header, port or not', () => {
    expect(hostedUiUnderLocalhost('Shop-Login.auth.eu-west-1.amazoncognito.com.localhost:4566')).toEqual({ domain: 'shop-login', region: 'eu-west-1' });
    expect(hostedUiUnderLocalhost('shop-login.auth.eu-west-1.amazoncognito.com.localhost')).toEqual({ domain: 'shop-login', region: 'eu-west-1' });
    expect(hostedUiUnderLocalhost('shop-login.auth.eu-west-1.amazoncognito.com')).toBeUndefined();
    expect(hostedUiUnderLocalhost('127.0.0.1:4566')).toBeUndefined();
    expect(hostedUiUnderLocalhost(undefined)).toBeUndefined();
  });
});
