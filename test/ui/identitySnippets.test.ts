import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/engine';
import { cliSnippet, httpSnippet, isApiCall, javascriptSnippet, pythonSnippet, snippet } from '../../src/ui/inspectors/requests/snippets';
import { identityLog, type IdentityLog } from '../flows/diagrams/identityLog';

const find = (log: IdentityLog, action: string, from = log.setupCalls): LogEntry => log.cloud.log.entries.find((e, i) => i >= from && e.action === action)!;

describe('snippets for the identity side', () => {
  it('calls the identity pool with boto3, SDK v3 and the CLI: get_credentials_for_identity, GetCredentialsForIdentityCommand, get-credentials-for-identity', async () => {
    const log = await identityLog();
    const entry = find(log, 'GetCredentialsForIdentity');
    const [provider, token] = Object.entries(log.pool.logins)[0]!;
    expect(pythonSnippet(entry)).toBe(
      [
        'import boto3',
        '',
        'client = boto3.client("cognito-identity", region_name="us-east-1")',
        '',
        'response = client.get_credentials_for_identity(',
        `    IdentityId="${log.identityId}",`,
        '    Logins={',
        `        "${provider}": "${token}",`,
        '    },',
        ')',
      ].join('\n'),
    );
    const js = javascriptSnippet(entry);
    expect(js).toContain('import { CognitoIdentityClient, GetCredentialsForIdentityCommand } from "@aws-sdk/client-cognito-identity";');
    expect(js).toContain(`new GetCredentialsForIdentityCommand({\n  IdentityId: "${log.identityId}",\n  Logins: {\n    "${provider}": "${token}",\n  },\n}))`);
    expect(cliSnippet(entry)).toBe(
      [`aws cognito-identity get-credentials-for-identity`, `--identity-id ${log.identityId}`, `--logins ${provider}=${token}`, '--region us-east-1'].join(
        ' \\\n  ',
      ),
    );
  });

  it('calls STS for the basic flow: assume_role_with_web_identity, AssumeRoleWithWebIdentityCommand, aws sts assume-role-with-web-identity', async () => {
    const log = await identityLog();
    const entry = log.cloud.log.entries.findLast((e) => e.action === 'AssumeRoleWithWebIdentity')!;
    expect(pythonSnippet(entry)).toContain(
      `client = boto3.client("sts", region_name="us-east-1")\n\nresponse = client.assume_role_with_web_identity(\n    RoleArn="${log.pool.guestRole}",\n    RoleSessionName="guest",\n    WebIdentityToken="${log.guest.token}",\n)`,
    );
    expect(javascriptSnippet(entry)).toContain('import { STSClient, AssumeRoleWithWebIdentityCommand } from "@aws-sdk/client-sts";');
    expect(cliSnippet(entry)).toBe(
      [
        'aws sts assume-role-with-web-identity',
        `--role-arn ${log.pool.guestRole}`,
        '--role-session-name guest',
        `--web-identity-token ${log.guest.token}`,
        '--region us-east-1',
      ].join(' \\\n  '),
    );
    // Unsigned (a public action): no Authorization header, not even a placeholder.
    expect(httpSnippet(entry)).toMatch(/^POST \/ HTTP\/1\.1\nHost: sts\.amazonaws\.com\nContent-Type: application\/x-www-form-urlencoded/);
    expect(httpSnippet(entry)).not.toContain('Authorization:');
  });

  it('writes PutObject with the identity’s temporary credentials, the body as bytes, a string or a file', async () => {
    const log = await identityLog();
    const entry = find(log, 'PutObject');
    const key = `${log.identityId}/hello.txt`;
    expect(pythonSnippet(entry, log.cloud.log.entries)).toBe(
      [
        'import boto3',
        '',
        "# credentials: the Credentials in GetCredentialsForIdentity's answer",
        'client = boto3.client(',
        '    "s3",',
        '    region_name="us-east-1",',
        '    aws_access_key_id=credentials["AccessKeyId"],',
        '    aws_secret_access_key=credentials["SecretKey"],',
        '    aws_session_token=credentials["SessionToken"],',
        ')',
        '',
        'response = client.put_object(',
        '    Body=b"hello",',
        '    Bucket="photos-bucket",',
        '    ContentType="text/plain",',
        `    Key="${key}",`,
        ')',
      ].join('\n'),
    );
    const js = javascriptSnippet(entry, log.cloud.log.entries);
    expect(js).toContain('import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";');
    expect(js).toContain(
      '  credentials: {\n    accessKeyId: Credentials.AccessKeyId,\n    secretAccessKey: Credentials.SecretKey,\n    sessionToken: Credentials.SessionToken,\n  },',
    );
    expect(js).toContain(`new PutObjectCommand({\n  Body: "hello",\n  Bucket: "photos-bucket",\n  ContentType: "text/plain",\n  Key: "${key}",\n}))`);
    expect(cliSnippet(entry, log.cloud.log.entries)).toBe(
      [
        "# Credentials from GetCredentialsForIdentity's answer:",
        `export AWS_ACCESS_KEY_ID=${log.credentials.accessKeyId}`,
        'export AWS_SECRET_ACCESS_KEY="$SECRET_KEY"',
        'export AWS_SESSION_TOKEN="$SESSION_TOKEN"',
        "# hello.txt holds the object's 5 bytes",
        ['aws s3api put-object', '--body hello.txt', '--bucket photos-bucket', '--content-type text/plain', `--key ${key}`, '--region us-east-1'].join(
          ' \\\n  ',
        ),
      ].join('\n'),
    );
  });

  it('gives aws s3api get-object its output file, which the CLI requires', async () => {
    const log = await identityLog();
    expect(cliSnippet(find(log, 'GetObject'))).toMatch(/^# Credentials from GetCredentialsForIdentity's answer:\n/);
    expect(cliSnippet(find(log, 'GetObject')).split('\n').slice(4).join('\n')).toBe(
      ['aws s3api get-object', '--bucket photos-bucket', `--key ${log.identityId}/hello.txt`, 'hello.txt', '--region us-east-1'].join(' \\\n  '),
    );
  });

  it('writes Cognito Sync’s update-records with record patches in shorthand and the session token', async () => {
    const log = await identityLog();
    const entry = find(log, 'UpdateRecords');
    const token = (entry.request as { SyncSessionToken: string }).SyncSessionToken;
    expect(cliSnippet(entry).split('\n').slice(-7)).toEqual([
      'aws cognito-sync update-records \\',
      `  --identity-pool-id ${log.pool.identityPoolId} \\`,
      `  --identity-id ${log.identityId} \\`,
      '  --dataset-name settings \\',
      '  --record-patches Op=replace,Key=theme,Value=dark,SyncCount=0 \\',
      `  --sync-session-token ${token} \\`,
      '  --region us-east-1',
    ]);
    expect(pythonSnippet(entry)).toContain('client.update_records(\n');
    expect(javascriptSnippet(entry)).toContain('import { CognitoSyncClient, UpdateRecordsCommand } from "@aws-sdk/client-cognito-sync";');
  });

  it('writes IAM calls and leaves out members the request did not send', async () => {
    const log = await identityLog();
    const role = log.cloud.log.entries.find((e) => e.action === 'CreateRole')!;
    expect(pythonSnippet(role)).toMatch(
      /^import boto3\n\nclient = boto3\.client\("iam", region_name="us-east-1"\)\n\nresponse = client\.create_role\(\n {4}RoleName="Auth",\n {4}AssumeRolePolicyDocument="/,
    );
    expect(cliSnippet(role)).toMatch(/^aws iam create-role \\\n {2}--role-name Auth \\\n {2}--assume-role-policy-document '\{"Version":"2012-10-17"/);
    const bucket = log.cloud.log.entries.find((e) => e.action === 'CreateBucket')!;
    expect(pythonSnippet(bucket)).toContain('response = client.create_bucket(\n    Bucket="photos-bucket",\n)');
    expect(javascriptSnippet(bucket)).not.toContain('undefined');
  });

  it('shows a signed request’s real SigV4 headers, and an administrator’s unsigned call with placeholders for the headers it would sign', async () => {
    const log = await identityLog();
    const put = httpSnippet(find(log, 'PutObject'));
    expect(put).toMatch(/^PUT \/us-east-1:[0-9a-f-]{36}\/hello\.txt HTTP\/1\.1\nHost: photos-bucket\.s3\.us-east-1\.amazonaws\.com\n/);
    expect(put).toContain(
      `Authorization: AWS4-HMAC-SHA256 Credential=${log.credentials.accessKeyId}/20260115/us-east-1/s3/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=${log.put.steps!.signature}`,
    );
    expect(put).toContain(`X-Amz-Security-Token: ${log.credentials.sessionToken}`);
    expect(put).not.toContain('placeholder');
    const bucket = httpSnippet(log.cloud.log.entries.find((e) => e.action === 'CreateBucket')!);
    expect(bucket).toContain(
      'Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=<placeholder: not computed>',
    );
  });

  it('never prints a secret, in any language', async () => {
    const log = await identityLog();
    const all = log.cloud.log.entries;
    for (const action of ['PutObject', 'GetObject', 'ListRecords', 'UpdateRecords'])
      for (const kind of ['python', 'javascript', 'cli', 'http'] as const)
        expect(snippet(kind, find(log, action), all), `${action} ${kind}`).not.toContain(log.credentials.secretAccessKey);
  });

  it('counts every protocol’s operations as API calls, and the well-known documents as plain GETs', async () => {
    const log = await identityLog();
    for (const action of ['GetId', 'AssumeRoleWithWebIdentity', 'PutObject', 'UpdateRecords', 'CreateRole'])
      expect(isApiCall(find(log, action, 0)), action).toBe(true);
    await log.cloud.fetch('https://cognito-identity.amazonaws.com/.well-known/jwks_uri');
    const jwks = log.cloud.log.latest!;
    expect(jwks.action).toBe('GetJwks');
    expect(isApiCall(jwks)).toBe(false);
    expect(pythonSnippet(jwks)).toContain('urllib.request.urlopen("https://cognito-identity.amazonaws.com/.well-known/jwks_uri")');
  });
});
