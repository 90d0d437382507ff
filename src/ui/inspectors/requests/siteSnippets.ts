/**
 * Snippets for a call to a site (your own API) rather than an AWS service: no SDK or CLI command exists for it, so each
 * language sends plain HTTP with the bearer token the call carried.
 */
import { SITES, type LogEntry } from '../../../engine';
import { headerValue, shellQuote, type SnippetKind } from './snippets';
import { hostedUiSnippet } from './oauthSnippets';

const NO_SDK = 'Your own API: there is no AWS SDK call for it, just HTTP with the token.';

/** A request to a site (your own API), not to an AWS service. */
export function isSiteCall(entry: Pick<LogEntry, 'service'>): boolean {
  return SITES.some((site) => site.id === entry.service);
}

/** The snippet for a call to the hosted UI, or to a site that carried an Authorization header; undefined for anything else. */
export function siteSnippet(kind: Exclude<SnippetKind, 'http'>, entry: LogEntry): string | undefined {
  const hosted = hostedUiSnippet(kind, entry);
  if (hosted) return hosted;
  const authorization = isSiteCall(entry) ? headerValue(entry.http.request.headers, 'authorization') : undefined;
  if (!authorization) return undefined;
  const url = entry.http.request.url;
  switch (kind) {
    case 'python':
      return [
        `# ${NO_SDK}`,
        'import json, urllib.request',
        '',
        `request = urllib.request.Request(${JSON.stringify(url)}, headers={"Authorization": ${JSON.stringify(authorization)}})`,
        'with urllib.request.urlopen(request) as r:',
        '    answer = json.load(r)',
      ].join('\n');
    case 'javascript':
      return [
        `// ${NO_SDK}`,
        `const response = await fetch(${JSON.stringify(url)}, {`,
        `  headers: { Authorization: ${JSON.stringify(authorization)} },`,
        '});',
        'const answer = await response.json();',
      ].join('\n');
    case 'cli':
      return `# ${NO_SDK.replace('AWS SDK call', 'AWS CLI command')}\ncurl -H ${shellQuote(`Authorization: ${authorization}`)} \\\n  ${shellQuote(url)}`;
  }
}
