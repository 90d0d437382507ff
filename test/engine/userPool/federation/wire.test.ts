import { describe, expect, it } from 'vitest';
import { newCloud, START_SECONDS } from '../../../support/cloud';
import { sendSigned } from '../../../support/sign';
import { federationPool, GOOGLE_DETAILS } from './setup';

/** A cognito-idp call on the wire: AWS JSON 1.1, SigV4-signed by the administrator. */
async function call(cloud: Awaited<ReturnType<typeof newCloud>>, action: string, body: unknown) {
  const response = await sendSigned(cloud, `https://cognito-idp.${cloud.region}.amazonaws.com/`, JSON.stringify(body), {
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${action}` },
  });
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: (await response.json()) as Record<string, unknown> };
}

describe('identity providers on the wire', () => {
  it('answers dates as epoch seconds, and a duplicate as DuplicateProviderException with AWS’s message', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const request = { UserPoolId, ProviderName: 'Google', ProviderType: 'Google', ProviderDetails: GOOGLE_DETAILS };
    const created = await call(cloud, 'CreateIdentityProvider', request);
    expect(created.status).toBe(200);
    expect(created.body['IdentityProvider']).toMatchObject({ ProviderName: 'Google', CreationDate: START_SECONDS, LastModifiedDate: START_SECONDS });
    const again = await call(cloud, 'CreateIdentityProvider', request);
    expect(again.status).toBe(400);
    expect(again.type?.split(':')[0]).toBe('DuplicateProviderException');
    expect(again.body).toEqual({ __type: 'DuplicateProviderException', message: `Google already exists in user pool ${UserPoolId}` });
  });

  it('refuses a ProviderType the API does not have, as the model says', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const answer = await call(cloud, 'CreateIdentityProvider', { UserPoolId, ProviderName: 'GitHub', ProviderType: 'GitHub', ProviderDetails: {} });
    expect(answer.status).toBe(400);
    expect(answer.body['__type']).toBe('InvalidParameterException');
    expect(answer.body['message']).toBe(
      "1 validation error detected: Value 'GitHub' at 'providerType' failed to satisfy constraint: Member must satisfy enum value set: [SAML, Facebook, Google, LoginWithAmazon, SignInWithApple, OIDC]",
    );
  });
});
