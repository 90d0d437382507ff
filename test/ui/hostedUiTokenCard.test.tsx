// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { TokenCard } from '../../src/ui/inspectors/tokens/TokenCard';
import { tokenOrigin } from '../../src/ui/inspectors/tokens/origin';
import { newCloud } from '../support/cloud';
import { basic, CALLBACK, machinePool, oauthPool, postForm, writeCode } from '../support/oauth';

afterEach(cleanup);

const rowText = (claim: string) => document.querySelector(`[data-claim="${claim}"] .claim-meaning`)?.textContent ?? '';

describe('TokenCard for hosted UI tokens', () => {
  it('says whether the ID token’s nonce matches the one the app sent', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    // The browser's round trip is test/ui/hostedUiClaims.test.ts's (Node); here the code is written with the app's nonce.
    const code = writeCode(cloud, setup, { nonce: 'card-nonce' });
    const answer = await postForm(cloud, `${setup.base}/oauth2/token`, {
      grant_type: 'authorization_code',
      client_id: setup.clientId,
      code,
      redirect_uri: CALLBACK,
    });
    const { id_token } = (await answer.json()) as { id_token: string };
    const issuer = `https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}`;
    // No authorize request in the log: the flow's record of the nonce is what a card compares with.
    expect(tokenOrigin(cloud.log.entries, id_token)).toEqual({ hostedUi: true, grant: 'authorization_code' });
    const origin = tokenOrigin(cloud.log.entries, id_token, 'card-nonce');
    render(
      <TokenCard
        title="ID token"
        kind="id"
        original={id_token}
        jwks={undefined}
        issuer={issuer}
        clientId={setup.clientId}
        now={cloud.clock.now()}
        origin={origin}
      />,
    );
    expect(rowText('nonce')).toMatch(/It matches the nonce the app sent \(card-nonce\)/);
    expect(rowText('auth_time')).toMatch(/^When the user signed in on the hosted UI/);
    expect(screen.queryByText(/A machine's token/)).toBeNull();
  });

  it('marks a client-credentials token as a machine’s, with sub explained as the client id', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    const answer = await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'client_credentials' }, basic(setup.clientId, setup.clientSecret!));
    const { access_token } = (await answer.json()) as { access_token: string };
    const issuer = `https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}`;
    const origin = tokenOrigin(cloud.log.entries, access_token);
    render(
      <TokenCard
        title="Access token"
        kind="access"
        original={access_token}
        jwks={undefined}
        issuer={issuer}
        clientId={setup.clientId}
        now={cloud.clock.now()}
        origin={origin}
      />,
    );
    expect(screen.getByText(/A machine's token \(client credentials\)/)).toBeTruthy();
    expect(rowText('sub')).toMatch(/^The app client's id/);
    expect(rowText('scope')).toMatch(/orders\/read: the scope read of the resource server orders/);
  });
});
