import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/engine';
import { focusProblem } from '../../../src/ui/inspectors/focus/checkFocus';
import { findRequestFocus, focusTab, tokenFocus } from '../../../src/ui/inspectors/focus/stepFocus';
import { jsonPieces, piecePaths, piecesText } from '../../../src/ui/inspectors/requests/jsonPieces';

const TABS = [
  { id: 'sequence', label: 'Sequence' },
  { id: 'stateChart', label: 'State chart' },
  { id: 'tokens', label: 'Tokens' },
  { id: 'requests', label: 'Requests' },
];

const entry = (action: string, request: unknown, response: unknown): LogEntry =>
  ({ action, request, response, status: 200, seq: 0, time: 0, service: 'cognito-idp', region: 'us-east-1', requestId: action }) as unknown as LogEntry;

describe('jsonPieces', () => {
  const value = { UserPool: { Id: 'us-east-1_x', SchemaAttributes: [{ Name: 'email', Required: true }], Empty: {}, None: [] }, Skip: undefined, n: null };

  it('spells exactly JSON.stringify(value, null, 2)', () => {
    expect(piecesText(jsonPieces(value))).toBe(JSON.stringify(value, null, 2));
    for (const v of [1, 'a', null, [], {}, [1, [2]], { a: [{}] }]) expect(piecesText(jsonPieces(v))).toBe(JSON.stringify(v, null, 2));
  });

  it('gives each key and array item its path, in document order', () => {
    expect(piecePaths(jsonPieces(value))).toEqual([
      'UserPool',
      'UserPool.Id',
      'UserPool.SchemaAttributes',
      'UserPool.SchemaAttributes[0]',
      'UserPool.SchemaAttributes[0].Name',
      'UserPool.SchemaAttributes[0].Required',
      'UserPool.Empty',
      'UserPool.None',
      'n',
    ]);
  });

  it('keeps a member to its key and value, without indentation or comma', () => {
    const [open, id, comma] = jsonPieces({ a: 1, b: 'x' });
    expect([open, comma]).toEqual(['{\n  ', ',\n  ']);
    expect(id).toEqual({ path: 'a', pieces: ['"a": 1'] });
  });
});

describe('where a step points', () => {
  it('finds the tab by id or label, in any case', () => {
    expect(focusTab(TABS, { tab: 'REQUESTS', path: [] })).toBe('requests');
    expect(focusTab(TABS, { tab: 'state chart', path: [] })).toBe('stateChart');
    expect(focusTab(TABS, { tab: 'Users', path: [] })).toBeUndefined();
  });

  it('picks the newest request of the step with the path, its response before its request', () => {
    const log = [
      entry('DescribeUserPool', { UserPoolId: 'p' }, { UserPool: { Id: 'p1' } }),
      entry('DescribeUserPool', { UserPoolId: 'p' }, { UserPool: { Id: 'p2' } }),
      entry('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH' }, { AuthenticationResult: {} }),
    ];
    expect(findRequestFocus(log, 2, ['UserPool', 'Id'])).toEqual({ index: 1, part: 'response', path: 'UserPool.Id' });
    expect(findRequestFocus(log, 2, ['AuthFlow'])).toEqual({ index: 2, part: 'request', path: 'AuthFlow' });
    expect(findRequestFocus(log, 0, ['DescribeUserPool', 'UserPoolId'])).toEqual({ index: 1, part: 'request', path: 'UserPoolId' });
    expect(findRequestFocus(log, 0, ['InitiateAuth', 'UserPool'])).toBeUndefined();
    expect(findRequestFocus(log, 0, ['Nope'])).toBeUndefined();
  });

  it('reads a Tokens path as a token and an optional claim', () => {
    expect(tokenFocus(['id', 'cognito:username'])).toEqual({ token: 'id', claim: 'cognito:username' });
    expect(tokenFocus(['refresh'])).toEqual({ token: 'refresh' });
    expect(tokenFocus(['session', 'x'])).toBeUndefined();
    expect(tokenFocus(['id', 'a', 'b'])).toBeUndefined();
  });

  it('reports a tab the lesson lacks and a path a tab cannot follow', () => {
    expect(focusProblem({ tab: 'Users', path: [] }, TABS)).toMatch(
      /the tab "Users", which this lesson does not have \(known: sequence, stateChart, tokens, requests\)/,
    );
    expect(focusProblem({ tab: 'Tokens', path: ['email'] }, TABS)).toMatch(/write a token \(id, access, refresh\)/);
    expect(focusProblem({ tab: 'Sequence', path: ['x'] }, TABS)).toMatch(/only opens/);
    expect(focusProblem({ tab: 'tokens', path: ['access', 'scope'] }, TABS)).toBeUndefined();
  });
});
