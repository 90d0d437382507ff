import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine';
import { s256Challenge } from '../../src/engine/hostedUi/lib/pkce';
import { requestShown } from '../../src/ui/inspectors/requests/oauthSnippets';
import { cliSnippet, javascriptSnippet, pythonSnippet } from '../../src/ui/inspectors/requests/snippets';
import { newCloud } from '../support/cloud';
import { basic, CALLBACK, issueCode, machinePool, oauthPool, postForm } from '../support/oauth';

// The hosted UI's requests in the Requests tab, from real requests made through cloud.fetch.

const VERIFIER = 'dBjftJeZ4CVP-mJ92K9ZrLuWnvO1L4x7G0ktzvUe3Yk0';

/** Python's own parser says whether the snippet is Python. */
function expectPython(code: string) {
  expect(() => execFileSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: code, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
}

/** A snippet that uses top-level await parses as an async function's body. */
function expectJavaScript(code: string) {
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (body: string) => unknown;
  expect(() => new AsyncFunction(code)).not.toThrow();
}

const latest = (cloud: Awaited<ReturnType<typeof newCloud>>): LogEntry => cloud.log.latest!;

describe('the token request as code', () => {
  it('writes the code grant with its PKCE verifier as Python, fetch and curl, byte for byte as it was sent', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup, { codeChallenge: s256Challenge(VERIFIER) });
    const response = await postForm(cloud, `${setup.base}/oauth2/token`, {
      grant_type: 'authorization_code',
      client_id: setup.clientId,
      code,
      redirect_uri: CALLBACK,
      code_verifier: VERIFIER,
    });
    expect(response.status).toBe(200);
    const entry = latest(cloud);
    expect(entry.action).toBe('POST /oauth2/token');
    const url = `${setup.base}/oauth2/token`;
    const python = pythonSnippet(entry);
    expect(python).toBe(
      [
        '# The token endpoint is OAuth 2.0, not an AWS API: boto3 has no call for it, so this is plain HTTP with the standard library.',
        'import json, urllib.parse, urllib.request',
        '',
        'body = urllib.parse.urlencode({',
        '    "grant_type": "authorization_code",',
        `    "client_id": "${setup.clientId}",`,
        `    "code": "${code}",`,
        '    "redirect_uri": "https://app.example.com/callback",',
        `    "code_verifier": "${VERIFIER}",`,
        '}).encode()',
        'request = urllib.request.Request(',
        `    "${url}",`,
        '    data=body,',
        '    headers={"Content-Type": "application/x-www-form-urlencoded"},',
        '    method="POST",',
        ')',
        'with urllib.request.urlopen(request) as r:',
        '    answer = json.load(r)',
      ].join('\n'),
    );
    expectPython(python);
    const js = javascriptSnippet(entry);
    expect(js).toBe(
      [
        '// The token endpoint is OAuth 2.0, not an AWS API: the SDK has no command for it, so this is plain fetch.',
        `const response = await fetch("${url}", {`,
        '  method: "POST",',
        '  headers: {',
        '    "Content-Type": "application/x-www-form-urlencoded",',
        '  },',
        '  body: new URLSearchParams({',
        '    grant_type: "authorization_code",',
        `    client_id: "${setup.clientId}",`,
        `    code: "${code}",`,
        '    redirect_uri: "https://app.example.com/callback",',
        `    code_verifier: "${VERIFIER}",`,
        '  }),',
        '});',
        'const answer = await response.json();',
      ].join('\n'),
    );
    expectJavaScript(js);
    expect(cliSnippet(entry)).toBe(
      [
        '# The token endpoint is OAuth 2.0, not an AWS API: the AWS CLI has no command for it, so this is curl.',
        [
          `curl ${url}`,
          "-H 'Content-Type: application/x-www-form-urlencoded'",
          '--data-urlencode grant_type=authorization_code',
          `--data-urlencode client_id=${setup.clientId}`,
          `--data-urlencode code=${code}`,
          '--data-urlencode redirect_uri=https://app.example.com/callback',
          `--data-urlencode code_verifier=${VERIFIER}`,
        ].join(' \\\n  '),
      ].join('\n'),
    );
  });

  it('keeps a confidential client’s Basic header as sent, and says the secret belongs on a server', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    const code = await issueCode(cloud, setup);
    const auth = basic(setup.clientId, setup.clientSecret!);
    const response = await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'authorization_code', code, redirect_uri: CALLBACK }, auth);
    expect(response.status).toBe(200);
    const entry = latest(cloud);
    const note =
      'The client secret is sent in the Authorization header (Basic: base64 of client_id:client_secret), as the app sent it: it belongs on a server, never in a browser or mobile app.';
    const python = pythonSnippet(entry);
    expect(python.split('\n').slice(0, 2)).toEqual([
      '# The token endpoint is OAuth 2.0, not an AWS API: boto3 has no call for it, so this is plain HTTP with the standard library.',
      `# ${note}`,
    ]);
    expect(python).toContain(`    headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": "${auth.authorization}"},`);
    expectPython(python);
    const js = javascriptSnippet(entry);
    expect(js.split('\n')[1]).toBe(`// ${note}`);
    expect(js).toContain(`    Authorization: "${auth.authorization}",\n  },`);
    expectJavaScript(js);
    expect(cliSnippet(entry)).toContain(`\n  -H 'Authorization: ${auth.authorization}' \\\n  --data-urlencode grant_type=authorization_code`);
  });

  it('writes the refresh grant and a secret sent in the body', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    const code = await issueCode(cloud, setup);
    const first = await postForm(cloud, `${setup.base}/oauth2/token`, {
      grant_type: 'authorization_code',
      client_id: setup.clientId,
      client_secret: setup.clientSecret!,
      code,
      redirect_uri: CALLBACK,
    });
    const { refresh_token } = (await first.json()) as { refresh_token: string };
    const form = { grant_type: 'refresh_token', client_id: setup.clientId, client_secret: setup.clientSecret!, refresh_token };
    expect((await postForm(cloud, `${setup.base}/oauth2/token`, form)).status).toBe(200);
    const entry = latest(cloud);
    const python = pythonSnippet(entry);
    expect(python).toContain('# The client secret is sent in the form (client_secret), as the app sent it: it belongs on a server');
    expect(python).toContain(`    "client_secret": "${setup.clientSecret}",\n    "refresh_token": "${refresh_token}",\n}).encode()`);
    expectPython(python);
    const js = javascriptSnippet(entry);
    expect(js).toContain(`    grant_type: "refresh_token",\n    client_id: "${setup.clientId}",\n    client_secret: "${setup.clientSecret}",`);
    expectJavaScript(js);
    expect(cliSnippet(entry)).toContain(`--data-urlencode refresh_token=${refresh_token}`);
  });

  it('writes the client credentials grant with its Basic auth and custom scope', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    const auth = basic(setup.clientId, setup.clientSecret!);
    const response = await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'client_credentials', scope: 'orders/read' }, auth);
    expect(response.status).toBe(200);
    const entry = latest(cloud);
    const python = pythonSnippet(entry);
    expect(python).toContain('body = urllib.parse.urlencode({\n    "grant_type": "client_credentials",\n    "scope": "orders/read",\n}).encode()');
    expect(python).toContain('# The client secret is sent in the Authorization header');
    expectPython(python);
    expectJavaScript(javascriptSnippet(entry));
    // A slash is safe in a shell word: the scope goes unquoted.
    expect(cliSnippet(entry)).toMatch(/--data-urlencode scope=orders\/read$/);
  });

  it('writes userInfo with the bearer token it carried, and says it is OpenID Connect', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    const tokens = (await (
      await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'authorization_code', client_id: setup.clientId, code, redirect_uri: CALLBACK })
    ).json()) as { access_token: string };
    await cloud.fetch(`${setup.base}/oauth2/userInfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    const entry = latest(cloud);
    const python = pythonSnippet(entry);
    expect(python).toMatch(/^# The userInfo endpoint is OpenID Connect, not an AWS API/);
    expect(python).toContain(`headers={"Authorization": "Bearer ${tokens.access_token}"},\n    method="GET",`);
    expect(python).not.toContain('data=body');
    expectPython(python);
    expectJavaScript(javascriptSnippet(entry));
    expect(cliSnippet(entry)).toBe(
      `# The userInfo endpoint is OpenID Connect, not an AWS API: the AWS CLI has no command for it, so this is curl.\ncurl ${setup.base}/oauth2/userInfo \\\n  -H 'Authorization: Bearer ${tokens.access_token}'`,
    );
  });
  it('writes the revocation request as a form POST too', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    const answer = await postForm(cloud, `${setup.base}/oauth2/token`, {
      grant_type: 'authorization_code',
      client_id: setup.clientId,
      code,
      redirect_uri: CALLBACK,
    });
    const { refresh_token } = (await answer.json()) as { refresh_token: string };
    expect((await postForm(cloud, `${setup.base}/oauth2/revoke`, { token: refresh_token, client_id: setup.clientId })).status).toBe(200);
    const entry = latest(cloud);
    const python = pythonSnippet(entry);
    expect(python).toMatch(/^# The revocation endpoint is OAuth 2\.0, not an AWS API: boto3 has no call for it/);
    expect(python).toContain(`    "token": "${refresh_token}",\n    "client_id": "${setup.clientId}",\n}).encode()`);
    expectPython(python);
    expectJavaScript(javascriptSnippet(entry));
    expect(cliSnippet(entry)).toContain(
      `curl ${setup.base}/oauth2/revoke \\\n  -H 'Content-Type: application/x-www-form-urlencoded' \\\n  --data-urlencode token=`,
    );
  });
});

describe('the browser’s hops', () => {
  it('shows authorize and the sign-in form as navigations: a note, and curl with the cookie the browser sent', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const start = cloud.log.entries.length;
    await issueCode(cloud, setup);
    const hops = cloud.log.entries.slice(start);
    const authorize = hops.find((e) => e.action === 'GET /oauth2/authorize')!;
    const url = authorize.http.request.url;
    const note =
      "The browser's navigation to /oauth2/authorize: the app only sends the browser to this URL (a link or a redirect), so there is no code to run for it.";
    expect(pythonSnippet(authorize)).toBe(`# ${note}`);
    expect(javascriptSnippet(authorize)).toBe(`// ${note}\nwindow.location.assign(${JSON.stringify(url)});`);
    expectJavaScript(javascriptSnippet(authorize));
    expect(cliSnippet(authorize)).toBe(`# ${note}\ncurl '${url}'`);

    const signIn = hops.find((e) => e.action === 'POST /login')!;
    const cookie = signIn.http.request.headers['cookie']!;
    const csrf = new URLSearchParams(signIn.http.request.body).get('_csrf')!;
    expect(cookie).toBe(`XSRF-TOKEN=${csrf}`);
    const page = "The browser's own request to the hosted UI's /login page (the user on the page, not your app's code): no SDK call exists for it.";
    expect(pythonSnippet(signIn)).toBe(`# ${page}`);
    expectPython(pythonSnippet(signIn));
    expect(javascriptSnippet(signIn)).toBe(`// ${page}`);
    expect(cliSnippet(signIn)).toBe(
      [
        `# ${page}`,
        [
          `curl '${signIn.http.request.url}'`,
          "-H 'Content-Type: application/x-www-form-urlencoded'",
          `-H 'Cookie: XSRF-TOKEN=${csrf}'`,
          `--data-urlencode _csrf=${csrf}`,
          '--data-urlencode username=janedoe',
          "--data-urlencode 'password=#Abc1234'",
        ].join(' \\\n  '),
      ].join('\n'),
    );
  });
});

describe('the request body the tab shows', () => {
  it('is the form a POST sent to the hosted UI, and the query for its other requests', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'client_credentials', scope: 'orders/read' }, basic(setup.clientId, setup.clientSecret!));
    expect(latest(cloud).request).toEqual({});
    expect(requestShown(latest(cloud))).toEqual({ grant_type: 'client_credentials', scope: 'orders/read' });
    await cloud.fetch(`${setup.base}/oauth2/authorize?client_id=${setup.clientId}&response_type=code`, { redirect: 'manual' });
    expect(requestShown(latest(cloud))).toEqual({ client_id: setup.clientId, response_type: 'code' });
  });
});
