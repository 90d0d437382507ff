import { describe, expect, it } from 'vitest';
import { poolsOf } from '../../support/cloud';
import { formOf, roleText } from '../../support/browser';
import { invitedUser } from '../../support/users';
import { authorizeUrl, callbackParams, hostedUi, verify } from './setup';

describe('/forceChangePassword', () => {
  it('asks a user created by an administrator for a new password after the temporary one, then signs in and finishes', async () => {
    const ui = await hostedUi();
    await invitedUser(ui.cloud, ui.userPoolId, 'bob');
    const login = (await ui.browser.visit(authorizeUrl(ui, { scope: 'openid' }))).last;
    const page = (await ui.browser.submit(login, { username: 'bob', password: 'Temp#1234' })).last;
    expect(page.status).toBe(200);
    const form = formOf(page.body);
    expect(form.action).toMatch(/^\/forceChangePassword\?/);
    expect(form.labels).toEqual(['password:New password']);
    expect(form.fields['session']).toMatch(/^AYABe/);

    const weak = await ui.browser.submit(page, { password: 'weak' });
    expect(roleText(weak.last.body, 'alert')).toMatch(/^Password did not conform with policy: /);
    const { last } = await ui.browser.submit(weak.last, { password: 'Brand#New1234' });
    expect(last.status).toBe(302);
    expect(last.setCookie).toMatch(/^cognito=/);
    expect(await verify(ui, callbackParams(last.location!, 'hash')['id_token']!)).toMatchObject({ 'cognito:username': 'bob' });
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.users['bob']!.status).toBe('CONFIRMED');

    // The challenge answers once: a replayed form is sent back to sign in.
    const replay = await ui.browser.submit(weak.last, { password: 'Other#New1234' });
    expect(roleText(replay.last.body, 'alert')).toBe('Invalid session for the user, session can only be used once.');
    expect(formOf(replay.last.body).action).toMatch(/^\/login\?/);
  });

  it('refuses a session past the client’s AuthSessionValidity and another user’s name in the form', async () => {
    const ui = await hostedUi();
    await invitedUser(ui.cloud, ui.userPoolId, 'bob');
    await invitedUser(ui.cloud, ui.userPoolId, 'eve');
    const login = (await ui.browser.visit(authorizeUrl(ui))).last;
    const page = (await ui.browser.submit(login, { username: 'bob', password: 'Temp#1234' })).last;
    const other = await ui.browser.submit(page, { username: 'eve', password: 'Brand#New1234' });
    expect(roleText(other.last.body, 'alert')).toBe('Invalid session provided for the user.');
    ui.cloud.clock.advance(3 * 60 * 1000 + 1);
    const late = await ui.browser.submit(page, { password: 'Brand#New1234' });
    expect(roleText(late.last.body, 'alert')).toBe('Invalid session for the user, session is expired.');
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.users['bob']!.status).toBe('FORCE_CHANGE_PASSWORD');
  });
});
