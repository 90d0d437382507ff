import { describe, expect, it } from 'vitest';
import { CALLBACK } from '../../support/oauth';
import { decode } from '../../support/users';
import { cognitoTokens, federatedCode, federatedUi, freshBrowser, JANE, signInAtProvider, toProvider, type FederatedUi } from './federationSetup';

const GOOGLE_IDENTITY = { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub };

/** The pool's own user `janedoe` (a password, confirmed), made by an administrator. */
async function poolUser(ui: FederatedUi): Promise<void> {
  await ui.cloud.cognitoIdp.adminCreateUser({ UserPoolId: ui.userPoolId, Username: 'janedoe', MessageAction: 'SUPPRESS' });
  await ui.cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: ui.userPoolId, Username: 'janedoe', Password: '#Abc1234', Permanent: true });
}

async function idClaims(ui: FederatedUi): Promise<Record<string, unknown>> {
  return decode((await cognitoTokens(ui, await federatedCode(ui, 'Google', JANE)))['id_token']!).claims;
}

describe('/oauth2/idpresponse with linked and disabled identities', () => {
  it('signs a Google identity that AdminLinkProviderForUser linked in as the existing pool user, and makes no Google_ user', async () => {
    const ui = await federatedUi();
    await poolUser(ui);
    await ui.cloud.cognitoIdp.adminLinkProviderForUser({
      UserPoolId: ui.userPoolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'janedoe' },
      SourceUser: GOOGLE_IDENTITY,
    });
    const id = await idClaims(ui);
    expect(id['cognito:username']).toBe('janedoe');
    expect(id['email']).toBe(JANE.email);
    expect(id['identities']).toEqual([expect.objectContaining({ userId: JANE.sub, providerName: 'Google', primary: 'false' })]);
    // A linked user is not put in the provider's group [U]: it is the pool's own user.
    expect(id['cognito:groups']).toBeUndefined();
    const { Users } = await ui.cloud.cognitoIdp.listUsers({ UserPoolId: ui.userPoolId });
    expect(Users.map((u) => u.Username)).toEqual(['janedoe']);
  });

  it('after AdminDisableProviderForUser removes the link, the Google identity signs in as a new Google_<sub> user', async () => {
    const ui = await federatedUi();
    await poolUser(ui);
    await ui.cloud.cognitoIdp.adminLinkProviderForUser({
      UserPoolId: ui.userPoolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'janedoe' },
      SourceUser: GOOGLE_IDENTITY,
    });
    expect((await idClaims(ui))['cognito:username']).toBe('janedoe');
    await ui.cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId: ui.userPoolId, User: GOOGLE_IDENTITY });
    freshBrowser(ui);
    expect((await idClaims(ui))['cognito:username']).toBe(`Google_${JANE.sub}`);
  });

  it('after AdminDisableProviderForUser disables the Google_<sub> user, its next sign-in goes back to the app refused', async () => {
    const ui = await federatedUi();
    expect((await idClaims(ui))['cognito:username']).toBe(`Google_${JANE.sub}`);
    await ui.cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId: ui.userPoolId, User: GOOGLE_IDENTITY });
    freshBrowser(ui);
    const back = await signInAtProvider(ui, await toProvider(ui, 'Google'), JANE);
    const hop = await ui.browser.request(back.location!);
    expect(hop.location!.startsWith(`${CALLBACK}?`)).toBe(true);
    expect(Object.fromEntries(new URL(hop.location!).searchParams)).toEqual({
      error: 'invalid_request',
      error_description: 'User is disabled.',
      state: 'app-state',
    });
  });
});
