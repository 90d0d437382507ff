import { describe, expect, it } from 'vitest';
import { cognitoIdpActions } from '../../../src/engine/userPool/actions';
import { WHO_DECIDES, labelOf, whoDecides, whoDecidesText } from '../../../src/flows/diagrams/whoDecides';

const entry = (action: string, request: unknown = {}) => ({ action, request });

describe('who asks, with what, and who decides', () => {
  it('has a row for every cognito-idp action the simulated pool answers, and for nothing else but its two documents', () => {
    const simulated = Object.keys(cognitoIdpActions);
    expect(simulated.filter((a) => !(a in WHO_DECIDES))).toEqual([]);
    expect(Object.keys(WHO_DECIDES).filter((a) => !simulated.includes(a))).toEqual(['GetJwks', 'GetOpenIdConfiguration']);
  });

  it('says SignUp is anyone with the ClientId, adding SECRET_HASH when the client has a secret', () => {
    expect(whoDecidesText(whoDecides(entry('SignUp', { ClientId: 'c', Username: 'u' })))).toBe('anyone, with the ClientId; no identity is checked');
    expect(whoDecides(entry('SignUp', { ClientId: 'c', SecretHash: 'h' })).with).toBe('the ClientId and SECRET_HASH');
    expect(whoDecides(entry('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { SECRET_HASH: 'h' } })).with).toBe(
      'a password and the ClientId and SECRET_HASH',
    );
  });

  it('says admin and console calls are an AWS administrator with SigV4, decided by IAM', () => {
    for (const action of ['DescribeUserPool', 'CreateUserPool', 'AdminGetUser', 'AdminCreateUser', 'ListUsers']) {
      expect(whoDecides(entry(action))).toMatchObject({
        type: 'iam',
        who: 'an AWS administrator',
        with: 'AWS credentials, signed with SigV4',
        decides: 'IAM decides',
      });
    }
    expect(
      Object.entries(WHO_DECIDES)
        .filter(([a]) => a.startsWith('Admin'))
        .every(([, row]) => row.type === 'iam'),
    ).toBe(true);
  });

  it('says the user with an access token for the token-authorized calls, the user pool deciding', () => {
    for (const action of ['GetUser', 'ChangePassword', 'GlobalSignOut', 'UpdateUserAttributes', 'DeleteUser', 'VerifyUserAttribute']) {
      const row = whoDecides(entry(action, { AccessToken: 't' }));
      expect(row).toMatchObject({ type: 'token', who: 'the user', with: 'an access token', label: 'authorization' });
      expect(row.decides).toMatch(/^the user pool decides/);
    }
  });

  it('says which secret InitiateAuth carries, by its AuthFlow', () => {
    expect(whoDecides(entry('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH' })).with).toBe('a refresh token and the ClientId');
    expect(whoDecides(entry('InitiateAuth', { AuthFlow: 'USER_SRP_AUTH' })).with).toBe('an SRP proof of the password and the ClientId');
    expect(whoDecidesText(whoDecides(entry('InitiateAuth')))).toBe('the user, with a password (or refresh token) and the ClientId; the user pool decides');
  });

  it('does not call SignUp, ResendConfirmationCode or ForgotPassword authentication: they prove no one is who they say', () => {
    expect(['SignUp', 'ResendConfirmationCode', 'ForgotPassword'].map((a) => labelOf(entry(a)))).toEqual(['public', 'public', 'public']);
    expect(['InitiateAuth', 'RespondToAuthChallenge', 'AdminInitiateAuth'].map((a) => labelOf(entry(a)))).toEqual(Array(3).fill('authentication'));
  });

  it('labels every public call unsigned and every IAM call signed, with no other kinds', () => {
    const types = new Set(Object.values(WHO_DECIDES).map((row) => row.type));
    expect([...types].sort()).toEqual(['iam', 'public', 'token']);
    for (const row of Object.values(WHO_DECIDES)) if (row.type !== 'iam') expect(row.with).not.toMatch(/SigV4/);
  });
});
