// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { cognitoIdp } from '../../../src/engine';
import { UsersPanel } from '../../../src/ui/inspectors/users/UsersPanel';
import { PASSWORD_FLOWS } from '../../support/cloud';
import { federatedSignIn, harnessCloud } from '../../engine/userPool/federation/harness';
import { federationPool, googleProvider, SAML_METADATA } from '../../engine/userPool/federation/setup';

afterEach(cleanup);

const JANE = { sub: '104857600000000000001', email: 'jane.doe@gmail.com', name: 'Jane Doe' };
const SAM = { sub: '104857600000000000002', email: 'sam@gmail.com', name: 'Sam' };
const GOOGLE_SAM = { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: SAM.sub };

async function pool() {
  const cloud = await harnessCloud();
  const UserPoolId = await federationPool(cloud);
  await googleProvider(cloud, UserPoolId);
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId,
    ClientName: 'web',
    SupportedIdentityProviders: ['COGNITO', 'Google'],
    ExplicitAuthFlows: PASSWORD_FLOWS,
  });
  const signIn = (claims: Record<string, unknown>, ProviderName = 'Google') =>
    federatedSignIn(cloud, { UserPoolId, ProviderName, ClientId: UserPoolClient.ClientId, claims });
  const card = (username: string) => {
    render(<UsersPanel userPools={cloud.inspect(cognitoIdp)} />);
    return screen.getByRole('heading', { level: 4, name: username }).closest('li')! as HTMLElement;
  };
  return { cloud, UserPoolId, signIn, card };
}

describe('federated users in the Users tab', () => {
  it('shows a Google user as EXTERNAL_PROVIDER with its identity read: provider, type, user id, primary, date linked', async () => {
    const { signIn, card } = await pool();
    await signIn(JANE);
    const jane = card(`Google_${JANE.sub}`);
    expect(jane.querySelector('[data-status]')!.textContent).toBe('EXTERNAL_PROVIDER');
    expect(jane.textContent).toContain('signed in through an external identity provider');
    expect(jane.textContent).toContain('No password: this user exists because someone signed in through Google');
    const identities = within(jane).getByRole('list', { name: `Identities of Google_${JANE.sub}` });
    const google = identities.querySelector('[data-provider="Google"]')!;
    expect(google.textContent).toContain('Google (Google)primary');
    expect(google.textContent).toContain(`Provider’s user id${JANE.sub}`);
    expect(google.textContent).toContain('Date linked2026-');
    expect(google.textContent).not.toContain('SAML issuer');
    // The raw attribute is summarised rather than drawn as JSON.
    expect(jane.textContent).toContain('identities1 entry, read below');
    expect(jane.textContent).not.toContain('"providerName"');
  });

  it('shows a pool user’s linked Google identity, then the link disabled by AdminDisableProviderForUser', async () => {
    const { cloud, UserPoolId, card } = await pool();
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'sam', MessageAction: 'SUPPRESS' });
    await cloud.cognitoIdp.adminLinkProviderForUser({
      UserPoolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'sam' },
      SourceUser: GOOGLE_SAM,
    });
    let sam = card('sam');
    const links = within(sam).getByRole('list', { name: 'Provider identities linked to sam' });
    const link = links.querySelector('[data-link="Google"]')!;
    expect(link.getAttribute('data-disabled')).toBe('false');
    expect(link.textContent).toContain('LINKED');
    expect(link.textContent).toContain(`Matches the provider’s user id ${SAM.sub}.`);
    expect(within(sam).getByRole('list', { name: 'Identities of sam' }).textContent).not.toContain('primary');
    cleanup();

    await cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId, User: GOOGLE_SAM });
    sam = card('sam');
    const disabled = sam.querySelector('[data-link="Google"]')!;
    expect(disabled.getAttribute('data-disabled')).toBe('true');
    expect(disabled.textContent).toContain('DISABLED');
    expect(disabled.textContent).toContain('by AdminDisableProviderForUser: the link is gone');
    expect(within(sam).queryByRole('list', { name: 'Identities of sam' })).toBeNull();
  });

  it('names a SAML identity’s issuer, the IdP’s entity ID', async () => {
    const { cloud, UserPoolId, signIn, card } = await pool();
    await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: SAML_METADATA },
      AttributeMapping: { email: 'email' },
    });
    await signIn({ sub: 'jane@corp.example', email: 'jane@corp.example' }, 'CorpSAML');
    const identity = card('CorpSAML_jane@corp.example').querySelector('[data-provider="CorpSAML"]')!;
    expect(identity.textContent).toContain('CorpSAML (SAML)primary');
    expect(identity.textContent).toContain('SAML issuerhttps://saml.corp.invalid/idp');
  });

  it('says when a pool user’s password sign-in was disabled', async () => {
    const { cloud, UserPoolId, card } = await pool();
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'sam', MessageAction: 'SUPPRESS' });
    expect(card('sam').textContent).not.toContain('PASSWORD DISABLED');
    cleanup();
    await cloud.cognitoIdp.adminDisableProviderForUser({
      UserPoolId,
      User: { ProviderName: 'Cognito', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'sam' },
    });
    expect(card('sam').textContent).toContain('PASSWORD DISABLED');
  });
});
