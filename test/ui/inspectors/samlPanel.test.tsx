// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SAML_IDP_CERTIFICATE } from '../../../src/engine/idp/saml/credentials';
import { SamlPanel } from '../../../src/ui/inspectors/saml/SamlPanel';
import type { LoggedSamlResponse, SamlTrust } from '../../../src/ui/inspectors/saml/samlInLog';
import { signedResponse, TEST_ACS, TEST_AUDIENCE, TEST_ISSUER, TEST_NOW, TEST_REQUEST_ID } from '../../support/saml';

afterEach(cleanup);

const TRUST: SamlTrust = {
  checker: 'the user pool shop (eu-west-1_SAMLtest1), through its provider CorpSAML',
  certificates: [SAML_IDP_CERTIFICATE],
  audience: TEST_AUDIENCE,
  recipient: TEST_ACS,
  issuer: TEST_ISSUER,
};

async function panel(now = TEST_NOW + 60_000) {
  const logged: LoggedSamlResponse = { value: await signedResponse(), to: 'userPool', action: 'POST /saml2/idpresponse', url: TEST_ACS };
  render(<SamlPanel logged={logged} trust={TRUST} now={now} />);
  await screen.findByRole('heading', { name: /SAML assertion/ });
}

const field = (name: string) => document.querySelector(`[data-field="${name}"] dd`)?.textContent ?? '';
const verdict = () => document.querySelector('[data-verdict]');

describe('the SAML assertion panel', () => {
  it('shows issuer, audience, NameID and format, the conditions at the cloud’s clock, recipient, InResponseTo and the attributes', async () => {
    await panel();
    expect(field('Issuer')).toBe(`${TEST_ISSUER} matches what the provider expects`);
    expect(field('Audience')).toBe(`${TEST_AUDIENCE} matches what the provider expects`);
    expect(field('NameID')).toBe('maria.garcia@example.com format emailAddress: the user’s id at the IdP');
    expect(field('NotOnOrAfter')).toMatch(/^2026-01-15 10:0\d:00 UTC valid now: it expires in \d+ min$/);
    expect(field('Recipient')).toContain(TEST_ACS);
    expect(field('InResponseTo')).toContain(TEST_REQUEST_ID);
    expect(document.querySelector('[data-attribute="groups"]')!.textContent).toBe('groupsadmins, staff');
    await waitFor(() => expect(verdict()?.getAttribute('data-verdict')).toBe('valid'));
  });

  it('re-verifies a changed attribute and says in words why it fails, then accepts what the IdP signed again', async () => {
    await panel();
    await waitFor(() => expect(verdict()?.getAttribute('data-verdict')).toBe('valid'));
    fireEvent.change(screen.getByLabelText('Tamper: change the attribute'), { target: { value: 'groups' } });
    fireEvent.change(screen.getByLabelText('to'), { target: { value: 'superusers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change it and verify again' }));
    await waitFor(() => expect(verdict()?.getAttribute('data-verdict')).toBe('rejected'));
    expect(screen.getByRole('status').textContent).toContain('Refused (badSignature). The signature does not match the signed XML');
    expect(document.querySelector('[data-attribute="groups"]')!.textContent).toBe('groupssuperusers, staff');
    fireEvent.click(screen.getByRole('button', { name: 'Restore what the IdP signed' }));
    await waitFor(() => expect(verdict()?.getAttribute('data-verdict')).toBe('valid'));
  });

  it('says an assertion has expired once the cloud’s clock is past NotOnOrAfter', async () => {
    await panel(TEST_NOW + 24 * 3600_000);
    await waitFor(() => expect(verdict()?.getAttribute('data-verdict')).toBe('rejected'));
    expect(screen.getByRole('status').textContent).toContain('Refused (expired). It has expired');
    expect(field('NotOnOrAfter')).toMatch(/expired 2\d h \d+ min ago$/);
  });
});
