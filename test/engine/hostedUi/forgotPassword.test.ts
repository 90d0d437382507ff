import { describe, expect, it } from 'vitest';
import { lastCodeFor } from '../../support/cloud';
import { formOf, linkHref, roleText } from '../../support/browser';
import { confirmedUser, PASSWORD } from '../../support/users';
import { authorizeUrl, callbackParams, hostedUi, type HostedUiSetup } from './setup';

async function openForgot(ui: HostedUiSetup) {
  const login = (await ui.browser.visit(authorizeUrl(ui, { response_type: 'code' }))).last;
  return ui.browser.request(linkHref(login.body, 'Forgot your password?'), {}, ui.base);
}

describe('/forgotPassword and /confirmForgotPassword', () => {
  it('sends the reset code to the outbox, sets the new password, signs in with it and returns a code to the app', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    const page = await openForgot(ui);
    expect(formOf(page.body).labels).toEqual(['username:Username']);
    const sent = await ui.browser.submit(page, { username: 'alice' });
    expect(sent.hops[0]!.location).toMatch(/^\/confirmForgotPassword\?.*username=alice$/);
    expect(roleText(sent.last.body, 'status')).toBe('We have sent a code by email to a***@e***.com. Enter it below to reset your password.');
    expect(formOf(sent.last.body).labels).toEqual(['code:Code', 'password:New password']);

    const code = lastCodeFor(ui.cloud, 'alice@example.com');
    const weak = await ui.browser.submit(sent.last, { code, password: 'weak' });
    expect(roleText(weak.last.body, 'alert')).toMatch(/^Password does not conform to policy: /);
    const wrong = await ui.browser.submit(weak.last, { code: '000000', password: 'New#Pass1234' });
    expect(roleText(wrong.last.body, 'alert')).toBe('Invalid verification code provided, please try again.');
    const { last } = await ui.browser.submit(wrong.last, { code, password: 'New#Pass1234' });
    expect(last.status).toBe(302);
    expect(callbackParams(last.location!, 'search')).toMatchObject({ state: 'xyz' });
    expect(callbackParams(last.location!, 'search')['code']).toMatch(/^[0-9a-f-]{36}$/);

    // The old password no longer works.
    const again = new (await import('../../support/browser')).TestBrowser(ui.cloud);
    const login = (await again.visit(authorizeUrl(ui))).last;
    expect(roleText((await again.submit(login, { username: 'alice', password: PASSWORD })).last.body, 'alert')).toBe('Incorrect username or password.');
  });

  it('shows ForgotPassword’s errors on the page (LEGACY names an unknown user)', async () => {
    const ui = await hostedUi({ client: { PreventUserExistenceErrors: 'LEGACY' } });
    const { last } = await ui.browser.submit(await openForgot(ui), { username: 'nobody' });
    expect(last.status).toBe(200);
    expect(roleText(last.body, 'alert')).toBe('Username/client id combination not found.');
  });
});
