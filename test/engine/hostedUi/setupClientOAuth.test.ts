import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool } from '../../support/cloud';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;
type ClientRequest = Omit<Parameters<TestCloud['cognitoIdp']['createUserPoolClient']>[0], 'UserPoolId' | 'ClientName'>;

/** The article's hosted UI client: no secret, the implicit grant, http://localhost. */
const ARTICLE_CLIENT: ClientRequest = {
  CallbackURLs: ['http://localhost'],
  LogoutURLs: ['http://localhost'],
  AllowedOAuthFlows: ['implicit'],
  AllowedOAuthScopes: ['openid', 'email', 'profile'],
  AllowedOAuthFlowsUserPoolClient: true,
  SupportedIdentityProviders: ['COGNITO'],
};

async function setup() {
  const cloud = await newCloud();
  const UserPoolId = await plainPool(cloud);
  const create = (settings: ClientRequest) => cloud.cognitoIdp.createUserPoolClient({ UserPoolId, ClientName: 'app', ...settings });
  return { cloud, UserPoolId, create };
}

describe("A client's OAuth settings", () => {
  it("accepts the article's client and keeps its settings", async () => {
    const { create } = await setup();
    const { UserPoolClient } = await create(ARTICLE_CLIENT);
    expect(UserPoolClient).toMatchObject(ARTICLE_CLIENT);
  });

  it('accepts https, app schemes and http on localhost at any port and path, and a DefaultRedirectURI among them', async () => {
    const { create } = await setup();
    const CallbackURLs = ['https://app.example.com/cb', 'myapp://callback', 'http://localhost:3000/auth/cb', 'http://127.0.0.1:8080/'];
    const { UserPoolClient } = await create({ ...ARTICLE_CLIENT, CallbackURLs, DefaultRedirectURI: 'myapp://callback' });
    expect(UserPoolClient).toMatchObject({ CallbackURLs, DefaultRedirectURI: 'myapp://callback' });
  });

  it('refuses http anywhere but localhost, in callback and sign-out URLs', async () => {
    const { create } = await setup();
    const url = 'http://app.example.com/cb';
    await expectAwsError(create({ ...ARTICLE_CLIENT, CallbackURLs: [url] }), 'InvalidParameterException', `${url} cannot use the HTTP protocol.`);
    await expectAwsError(create({ ...ARTICLE_CLIENT, LogoutURLs: [url] }), 'InvalidParameterException', `${url} cannot use the HTTP protocol.`);
    // A host that merely starts with localhost is not localhost.
    const lookalike = 'http://localhost.example.com/';
    await expectAwsError(create({ ...ARTICLE_CLIENT, CallbackURLs: [lookalike] }), 'InvalidParameterException', `${lookalike} cannot use the HTTP protocol.`);
  });

  it('refuses a relative URL, a fragment, and a DefaultRedirectURI that is not a callback URL', async () => {
    const { create } = await setup();
    await expectAwsError(create({ ...ARTICLE_CLIENT, CallbackURLs: ['/callback'] }), 'InvalidParameterException', '/callback is not a valid absolute URL.');
    const fragment = 'https://app.example.com/cb#here';
    await expectAwsError(create({ ...ARTICLE_CLIENT, CallbackURLs: [fragment] }), 'InvalidParameterException', `${fragment} cannot contain a fragment.`);
    await expectAwsError(
      create({ ...ARTICLE_CLIENT, DefaultRedirectURI: 'https://elsewhere.example.com/' }),
      'InvalidParameterException',
      'DefaultRedirectURI must be one of the CallbackURLs.',
    );
  });

  it('refuses client_credentials with code or implicit, and without a client secret', async () => {
    const { create, cloud, UserPoolId } = await setup();
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'api', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] });
    const machine: ClientRequest = { AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['api/read'], AllowedOAuthFlowsUserPoolClient: true };
    await expectAwsError(
      create({ ...machine, GenerateSecret: true, AllowedOAuthFlows: ['client_credentials', 'code'], CallbackURLs: ['https://a.example/'] }),
      'InvalidOAuthFlowException',
      'client_credentials flow can not be selected along with code flow or implicit flow.',
    );
    await expectAwsError(create(machine), 'InvalidOAuthFlowException', 'client_credentials flow can not be selected if client does not have a client secret.');
    const { UserPoolClient } = await create({ ...machine, GenerateSecret: true });
    expect(UserPoolClient).toMatchObject({ AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['api/read'] });
  });

  it('allows client_credentials only custom scopes', async () => {
    const { create, cloud, UserPoolId } = await setup();
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'api', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] });
    await expectAwsError(
      create({
        GenerateSecret: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: ['api/read', 'openid'],
        AllowedOAuthFlowsUserPoolClient: true,
      }),
      'InvalidOAuthFlowException',
      'openid is not supported with client_credentials flow',
    );
  });

  it("refuses a scope that is neither standard nor one of the pool's resource servers", async () => {
    const { create, cloud, UserPoolId } = await setup();
    await expectAwsError(
      create({ ...ARTICLE_CLIENT, AllowedOAuthScopes: ['openid', 'Cognito'] }),
      'ScopeDoesNotExistException',
      'Invalid scope requested: Cognito',
    );
    await expectAwsError(create({ ...ARTICLE_CLIENT, AllowedOAuthScopes: ['api/read'] }), 'ScopeDoesNotExistException', 'Invalid scope requested: api/read');
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'api', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] });
    expect((await create({ ...ARTICLE_CLIENT, AllowedOAuthScopes: ['openid', 'api/read'] })).UserPoolClient.AllowedOAuthScopes).toEqual(['openid', 'api/read']);
    // A resource server of another pool does not count.
    const other = await plainPool(cloud, 'other');
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: other, ClientName: 'app', ...ARTICLE_CLIENT, AllowedOAuthScopes: ['api/read'] }),
      'ScopeDoesNotExistException',
      'Invalid scope requested: api/read',
    );
  });

  it('needs flows and scopes when OAuth is on for the client, and a callback URL for code or implicit', async () => {
    const { create } = await setup();
    const required = 'AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.';
    await expectAwsError(create({ ...ARTICLE_CLIENT, AllowedOAuthFlows: [] }), 'InvalidParameterException', required);
    const { AllowedOAuthScopes: _scopes, ...withoutScopes } = ARTICLE_CLIENT;
    await expectAwsError(create(withoutScopes), 'InvalidParameterException', required);
    const { CallbackURLs: _urls, ...withoutCallbacks } = ARTICLE_CLIENT;
    await expectAwsError(create(withoutCallbacks), 'InvalidOAuthFlowException', 'CallbackUrls can not be empty when code flow or implicit flow is selected');
  });

  it('refuses an identity provider the pool does not have', async () => {
    const { create, UserPoolId } = await setup();
    await expectAwsError(
      create({ ...ARTICLE_CLIENT, SupportedIdentityProviders: ['COGNITO', 'Google'] }),
      'InvalidParameterException',
      `The provider Google does not exist for User Pool ${UserPoolId}.`,
    );
  });

  it('checks UpdateUserPoolClient the same way, against the secret the client has', async () => {
    const { create, cloud, UserPoolId } = await setup();
    const { UserPoolClient } = await create(ARTICLE_CLIENT);
    const ClientId = UserPoolClient.ClientId;
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolClient({ UserPoolId, ClientId, ...ARTICLE_CLIENT, CallbackURLs: ['http://app.example.com/'] }),
      'InvalidParameterException',
      'http://app.example.com/ cannot use the HTTP protocol.',
    );
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'api', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] });
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolClient({
        UserPoolId,
        ClientId,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: ['api/read'],
        AllowedOAuthFlowsUserPoolClient: true,
      }),
      'InvalidOAuthFlowException',
      'client_credentials flow can not be selected if client does not have a client secret.',
    );
    const secret = (await create({ GenerateSecret: true })).UserPoolClient.ClientId;
    const updated = await cloud.cognitoIdp.updateUserPoolClient({
      UserPoolId,
      ClientId: secret,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['api/read'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    expect(updated.UserPoolClient).toMatchObject({ AllowedOAuthFlows: ['client_credentials'], AllowedOAuthFlowsUserPoolClient: true });
  });
});
