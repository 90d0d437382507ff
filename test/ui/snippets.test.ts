import { describe, expect, it } from 'vitest';
import { YOUR_API_ORDERS, type LogEntry } from '../../src/engine';
import { scenarios } from '../../src/flows/scenarios';
import { cliSnippet, httpSnippet, javascriptSnippet, kebabCase, pythonSnippet, shellQuote, snakeCase } from '../../src/ui/inspectors/requests/snippets';
import { ARTICLE_USER, articlePool, newCloud } from '../support/cloud';

async function signUpEntry(): Promise<{ entry: LogEntry; clientId: string }> {
  const cloud = await newCloud();
  const { clientId } = await articlePool(cloud);
  await cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: ARTICLE_USER.username,
    Password: ARTICLE_USER.password,
    UserAttributes: [{ Name: 'email', Value: ARTICLE_USER.username }],
  });
  return { entry: cloud.log.latest!, clientId };
}

describe('names', () => {
  it('turns AWS action names into boto3 methods and CLI commands', () => {
    expect(snakeCase('SignUp')).toBe('sign_up');
    expect(snakeCase('InitiateAuth')).toBe('initiate_auth');
    expect(snakeCase('AdminCreateUser')).toBe('admin_create_user');
    expect(kebabCase('RespondToAuthChallenge')).toBe('respond-to-auth-challenge');
    expect(kebabCase('ClientId')).toBe('client-id');
    expect(kebabCase('DescribeUserPoolClient')).toBe('describe-user-pool-client');
  });
  it('quotes shell words only when needed', () => {
    expect(shellQuote('abc.xyz@gmail.com')).toBe('abc.xyz@gmail.com');
    expect(shellQuote('#Abc1234')).toBe("'#Abc1234'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe('snippets for SignUp', () => {
  it('writes boto3 like the article: client.sign_up(ClientId=..., ...)', async () => {
    const { entry, clientId } = await signUpEntry();
    expect(pythonSnippet(entry)).toBe(
      [
        'import boto3',
        '',
        'client = boto3.client("cognito-idp", region_name="us-east-1")',
        '',
        'response = client.sign_up(',
        `    ClientId="${clientId}",`,
        '    Username="abc.xyz@gmail.com",',
        '    Password="#Abc1234",',
        '    UserAttributes=[{"Name": "email", "Value": "abc.xyz@gmail.com"}],',
        ')',
      ].join('\n'),
    );
  });

  it('writes a JavaScript SDK v3 command', async () => {
    const { entry, clientId } = await signUpEntry();
    const js = javascriptSnippet(entry);
    expect(js).toContain('import { CognitoIdentityProviderClient, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";');
    expect(js).toContain('new CognitoIdentityProviderClient({ region: "us-east-1" })');
    expect(js).toContain(`await client.send(new SignUpCommand({\n  ClientId: "${clientId}",\n  Username: "abc.xyz@gmail.com",`);
    expect(js).toContain('UserAttributes: [{ Name: "email", Value: "abc.xyz@gmail.com" }],');
  });

  it('writes the AWS CLI with kebab-case options and shorthand', async () => {
    const { entry, clientId } = await signUpEntry();
    expect(cliSnippet(entry)).toBe(
      [
        'aws cognito-idp sign-up',
        `--client-id ${clientId}`,
        '--username abc.xyz@gmail.com',
        "--password '#Abc1234'",
        '--user-attributes Name=email,Value=abc.xyz@gmail.com',
        '--region us-east-1',
      ].join(' \\\n  '),
    );
  });

  it('shows the raw HTTP request and response', async () => {
    const { entry } = await signUpEntry();
    const http = httpSnippet(entry);
    expect(http).toMatch(/^POST \/ HTTP\/1\.1\nHost: cognito-idp\.us-east-1\.amazonaws\.com\n/);
    expect(http).toContain('X-Amz-Target: AWSCognitoIdentityProviderService.SignUp');
    expect(http).toContain('Content-Type: application/x-amz-json-1.1');
    expect(http).toMatch(/x-amzn-RequestId: [0-9a-f-]{36}/);
    expect(http).toMatch(/HTTP\/1\.1 200 OK/);
    expect(http).toContain('"UserConfirmed": false');
    // SignUp is public: no signature.
    expect(http).not.toMatch(/Authorization:|AWS4-HMAC-SHA256/);
  });
});

describe('snippets for other shapes', () => {
  const entry = (request: unknown, action = 'InitiateAuth'): LogEntry => ({
    seq: 1,
    time: 0,
    service: 'cognito-idp',
    region: 'eu-west-1',
    action,
    requestId: 'r',
    request,
    status: 200,
    http: {
      request: {
        method: 'POST',
        url: 'https://cognito-idp.eu-west-1.amazonaws.com/',
        headers: { 'x-amz-target': `AWSCognitoIdentityProviderService.${action}` },
        body: JSON.stringify(request),
      },
      response: { status: 200, headers: {}, body: '{}' },
    },
  });

  it('shows an IAM-authorized call with a placeholder SigV4 Authorization header scoped to its date, region and service', () => {
    const http = httpSnippet({ ...entry({ UserPoolId: 'eu-west-1_x' }, 'DescribeUserPool'), time: Date.UTC(2026, 0, 15, 10, 0, 0) });
    expect(http).toContain('X-Amz-Date: 20260115T100000Z');
    expect(http).toMatch(
      /\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20260115\/eu-west-1\/cognito-idp\/aws4_request, SignedHeaders=[a-z;-]+, Signature=<placeholder: not computed>\n/,
    );
    expect(httpSnippet(entry({ AccessToken: 't' }, 'GetUser'))).not.toContain('Authorization:');
  });

  it('puts a map parameter in CLI shorthand and Python dict form', () => {
    const e = entry({ ClientId: 'abc', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'abc.xyz@gmail.com', PASSWORD: '#Abc1234' } });
    expect(cliSnippet(e)).toContain("--auth-parameters 'USERNAME=abc.xyz@gmail.com,PASSWORD=#Abc1234'");
    expect(cliSnippet(e)).toContain('--region eu-west-1');
    expect(pythonSnippet(e)).toContain('AuthParameters={"USERNAME": "abc.xyz@gmail.com", "PASSWORD": "#Abc1234"},');
  });

  it('uses --flag / --no-flag for booleans, spaces for lists and JSON for nested structures', () => {
    const e = entry(
      {
        UserPoolId: 'us-east-1_x',
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        TokenValidityUnits: { AccessToken: 'hours' },
        Policies: { PasswordPolicy: { MinimumLength: 8 } },
      },
      'UpdateUserPoolClient',
    );
    const cli = cliSnippet(e);
    expect(cli).toContain('--no-generate-secret');
    expect(cli).toContain('--explicit-auth-flows ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH');
    expect(cli).toContain('--token-validity-units AccessToken=hours');
    expect(cli).toContain(`--policies '{"PasswordPolicy":{"MinimumLength":8}}'`);
    expect(pythonSnippet(e)).toContain('GenerateSecret=False,');
  });

  it('fetches well-known documents with plain HTTP', () => {
    const e: LogEntry = {
      ...entry({}),
      action: 'GetJwks',
      http: {
        request: { method: 'GET', url: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x/.well-known/jwks.json', headers: {}, body: '' },
        response: { status: 200, headers: {}, body: '{"keys":[]}' },
      },
    };
    expect(cliSnippet(e)).toBe('curl https://cognito-idp.us-east-1.amazonaws.com/us-east-1_x/.well-known/jwks.json');
    expect(javascriptSnippet(e)).toContain('await fetch(');
  });
});

describe('snippets for a call to your own API', () => {
  async function apiEntry(): Promise<LogEntry> {
    const cloud = await newCloud();
    const setup = await scenarios.signInReady(cloud);
    const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: setup.clientId!,
      AuthParameters: { USERNAME: setup.username!, PASSWORD: setup.password! },
    });
    await cloud.fetch(YOUR_API_ORDERS, { headers: { authorization: `Bearer ${AuthenticationResult!.IdToken}` } });
    return cloud.log.latest!;
  }

  it('says there is no AWS SDK or CLI call for it, and sends the bearer token over plain HTTP', async () => {
    const entry = await apiEntry();
    const bearer = entry.http.request.headers['authorization']!;
    expect(pythonSnippet(entry)).toMatch(/^# Your own API: there is no AWS SDK call for it/);
    expect(pythonSnippet(entry)).toContain(`headers={"Authorization": "${bearer}"}`);
    expect(javascriptSnippet(entry)).toContain(`headers: { Authorization: "${bearer}" }`);
    expect(cliSnippet(entry)).toBe(
      `# Your own API: there is no AWS CLI command for it, just HTTP with the token.\ncurl -H 'Authorization: ${bearer}' \\\n  https://api.example.com/orders`,
    );
    const http = httpSnippet(entry);
    expect(http).toMatch(/^GET \/orders HTTP\/1\.1\nHost: api\.example\.com\nAuthorization: Bearer ey/);
    expect(http).toContain('HTTP/1.1 401 Unauthorized');
    expect(http).toContain('WWW-Authenticate: Bearer realm="api.example.com", error="invalid_token"');
  });
});
