/**
 * Snippets for the hosted UI's requests. Its OAuth 2.0 endpoints are not AWS APIs: boto3, the SDKs and the CLI have no call
 * for them. So the app's own requests (`POST /oauth2/token`, `POST /oauth2/revoke`, `GET /oauth2/userInfo`) become plain
 * HTTP in each language, built from what was sent (the form body, the Authorization header). Every other hop (authorize,
 * the sign-in pages, logout) is the browser's navigation: a note says so, and curl repeats it.
 */
import { hostedUi, type LogEntry } from '../../../engine';
import { headerValue, shellQuote, type SnippetKind } from './snippets';

/** What each of the app's own endpoints is, for the snippet's first line. */
const APP_ENDPOINTS: Record<string, string> = {
  '/oauth2/token': 'The token endpoint is OAuth 2.0',
  '/oauth2/revoke': 'The revocation endpoint is OAuth 2.0',
  '/oauth2/userInfo': 'The userInfo endpoint is OpenID Connect',
};

/** A request to the hosted UI's domain. */
export function isHostedUiCall(entry: { service?: string }): boolean {
  return entry.service === hostedUi.id;
}

interface Sent {
  url: string;
  method: string;
  /** The form's fields in the order sent (a POST's body). */
  form: [string, string][];
  authorization: string | undefined;
  contentType: string | undefined;
}

function sent(entry: LogEntry): Sent {
  const { url, method, headers, body } = entry.http.request;
  const contentType = headerValue(headers, 'content-type');
  const isForm = method === 'POST' && (contentType ?? '').startsWith('application/x-www-form-urlencoded');
  return { url, method, form: isForm ? [...new URLSearchParams(body)] : [], authorization: headerValue(headers, 'authorization'), contentType };
}

/** Where the request carried the client secret: HTTP Basic (base64 of `client_id:client_secret`) or the form's `client_secret`. */
function secretWhere(request: Sent): string | undefined {
  if (request.authorization?.startsWith('Basic ')) return 'in the Authorization header (Basic: base64 of client_id:client_secret)';
  if (request.form.some(([name]) => name === 'client_secret')) return 'in the form (client_secret)';
  return undefined;
}

/** The lines every app-side snippet opens with: what the endpoint is, and where a client secret belongs. */
function preface(kind: Exclude<SnippetKind, 'http'>, endpoint: string, request: Sent): string[] {
  const tool =
    kind === 'python'
      ? 'boto3 has no call for it, so this is plain HTTP with the standard library'
      : kind === 'javascript'
        ? 'the SDK has no command for it, so this is plain fetch'
        : 'the AWS CLI has no command for it, so this is curl';
  const lines = [`${endpoint}, not an AWS API: ${tool}.`];
  const where = secretWhere(request);
  if (where) lines.push(`The client secret is sent ${where}, as the app sent it: it belongs on a server, never in a browser or mobile app.`);
  return lines.map((line) => (kind === 'javascript' ? `// ${line}` : `# ${line}`));
}

function pythonApp(endpoint: string, request: Sent): string {
  const headers = [
    ...(request.contentType ? [`"Content-Type": ${JSON.stringify(request.contentType)}`] : []),
    ...(request.authorization ? [`"Authorization": ${JSON.stringify(request.authorization)}`] : []),
  ];
  const lines = [...preface('python', endpoint, request), 'import json, urllib.parse, urllib.request', ''];
  if (request.method === 'POST') {
    lines.push('body = urllib.parse.urlencode({', ...request.form.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`), '}).encode()');
  }
  lines.push(
    'request = urllib.request.Request(',
    `    ${JSON.stringify(request.url)},`,
    ...(request.method === 'POST' ? ['    data=body,'] : []),
    `    headers={${headers.join(', ')}},`,
    `    method=${JSON.stringify(request.method)},`,
    ')',
    'with urllib.request.urlopen(request) as r:',
    '    answer = json.load(r)',
  );
  return lines.join('\n');
}

const JS_KEY = /^[A-Za-z_$][\w$]*$/;
const jsKey = (name: string) => (JS_KEY.test(name) ? name : JSON.stringify(name));

function javascriptApp(endpoint: string, request: Sent): string {
  const headers = [
    ...(request.contentType ? [`"Content-Type": ${JSON.stringify(request.contentType)}`] : []),
    ...(request.authorization ? [`Authorization: ${JSON.stringify(request.authorization)}`] : []),
  ];
  const lines = [
    ...preface('javascript', endpoint, request),
    `const response = await fetch(${JSON.stringify(request.url)}, {`,
    `  method: ${JSON.stringify(request.method)},`,
  ];
  lines.push('  headers: {', ...headers.map((h) => `    ${h},`), '  },');
  if (request.method === 'POST')
    lines.push('  body: new URLSearchParams({', ...request.form.map(([k, v]) => `    ${jsKey(k)}: ${JSON.stringify(v)},`), '  }),');
  lines.push('});', 'const answer = await response.json();');
  return lines.join('\n');
}

/** curl for any request: its method when not implied, the headers that matter (cookies included), and the form's fields. */
function curl(request: Sent, cookie?: string): string {
  const parts = [`curl${request.method === 'GET' || request.method === 'POST' ? '' : ` -X ${request.method}`} ${shellQuote(request.url)}`];
  if (request.contentType) parts.push(`-H ${shellQuote(`Content-Type: ${request.contentType}`)}`);
  if (request.authorization) parts.push(`-H ${shellQuote(`Authorization: ${request.authorization}`)}`);
  if (cookie) parts.push(`-H ${shellQuote(`Cookie: ${cookie}`)}`);
  // --data-urlencode encodes each value as the form did, and makes the request a POST.
  for (const [k, v] of request.form) parts.push(`--data-urlencode ${shellQuote(`${k}=${v}`)}`);
  return parts.join(' \\\n  ');
}

/** A browser hop: what it is, in a comment; curl can still repeat it (with the cookies the browser sent). */
function navigation(kind: Exclude<SnippetKind, 'http'>, entry: LogEntry, request: Sent): string {
  const path = new URL(request.url).pathname;
  const what =
    path === '/oauth2/authorize' || path === '/logout'
      ? `The browser's navigation to ${path}: the app only sends the browser to this URL (a link or a redirect), so there is no code to run for it.`
      : `The browser's own request to the hosted UI's ${path} page (the user on the page, not your app's code): no SDK call exists for it.`;
  if (kind === 'python') return `# ${what}`;
  if (kind === 'javascript') {
    const assign =
      request.method === 'GET' && (path === '/oauth2/authorize' || path === '/logout') ? `\nwindow.location.assign(${JSON.stringify(request.url)});` : '';
    return `// ${what}${assign}`;
  }
  return `# ${what}\n${curl(request, headerValue(entry.http.request.headers, 'cookie'))}`;
}

/** The snippet for a request to the hosted UI; undefined for any other request. */
export function hostedUiSnippet(kind: Exclude<SnippetKind, 'http'>, entry: LogEntry): string | undefined {
  if (!isHostedUiCall(entry)) return undefined;
  const request = sent(entry);
  const endpoint = APP_ENDPOINTS[new URL(request.url).pathname];
  if (!endpoint) return navigation(kind, entry, request);
  switch (kind) {
    case 'python':
      return pythonApp(endpoint, request);
    case 'javascript':
      return javascriptApp(endpoint, request);
    case 'cli':
      return [...preface('cli', endpoint, request), curl(request)].join('\n');
  }
}

/**
 * The request's members as the Requests tab shows them: a form POST to the hosted UI shows its form's fields (a site's
 * logged `request` is only its query); any other request, its logged members.
 */
export function requestShown(entry: LogEntry): unknown {
  if (!isHostedUiCall(entry)) return entry.request;
  const { form } = sent(entry);
  return form.length ? Object.fromEntries(form) : entry.request;
}
