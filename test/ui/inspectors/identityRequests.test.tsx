// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { RequestsPanel } from '../../../src/ui/inspectors/requests/RequestsPanel';
import { identityLog } from '../../flows/diagrams/identityLog';

afterEach(cleanup);

const item = (action: string, nth = 0) => screen.getAllByText(action, { selector: '.request-action' })[nth]!.closest('li')!;

describe('the Requests tab on the identity side', () => {
  it('lists STS’s call under the GetCredentialsForIdentity that made it, and the SigV4 steps only under signed requests', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries.slice(log.setupCalls);
    render(<RequestsPanel entries={entries} log={log.cloud.log.entries} currentFrom={0} />);
    const order = [...document.querySelectorAll('.request-action')].map((e) => e.textContent);
    expect(order.slice(0, 4)).toEqual(['GetId', 'GetCredentialsForIdentity', 'AssumeRoleWithWebIdentity', 'PutObject']);
    expect(item('AssumeRoleWithWebIdentity').textContent).toContain('Made by Identity pool while answering its GetCredentialsForIdentity, not by the app.');
    expect(within(item('PutObject')).getByText('SigV4 signature, step by step')).toBeTruthy();
    expect(within(item('UpdateRecords')).getByText('SigV4 signature, step by step')).toBeTruthy();
    expect(within(item('GetId')).queryByText('SigV4 signature, step by step')).toBeNull();
    expect(within(item('PutObject')).getByLabelText('Who asks PutObject').textContent).toContain(
      'IAM-authorized: signed with SigV4; the signature is checked and IAM decides',
    );
    // The object's bytes read as text in the request body, not as numbered bytes.
    expect(within(item('PutObject')).getByLabelText(/^PutObject request: /).textContent).toContain('"Body": "hello"');
    // The answer's secret stays masked, as on the Credentials tab.
    expect(document.body.textContent).not.toContain(log.credentials.secretAccessKey);
    expect(within(item('GetCredentialsForIdentity')).getByLabelText(/^GetCredentialsForIdentity response: /).textContent).toContain(
      '"SecretKey": "•••••••• (masked: the Credentials tab reveals it)"',
    );
  });

  it('says under the raw HTTP who signed a request and that the cloud checked it, and that GetId is unsigned', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries.slice(log.setupCalls);
    render(<RequestsPanel entries={entries} log={log.cloud.log.entries} currentFrom={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'HTTP' }));
    expect(item('PutObject').textContent).toContain(`Signed with SigV4 by ${log.credentials.accessKeyId}; the cloud checked the signature.`);
    expect(item('GetId').textContent).toContain('Unsigned: no AWS credentials; what the request carries (a login token, an identity id) is the only proof.');
    expect(item('GetCredentialsForIdentity').textContent).toContain('"SecretKey": "•••••••• (masked: the Credentials tab reveals it)"');
    expect(item('AssumeRoleWithWebIdentity').textContent).toContain('<SecretAccessKey>•••••••• (masked: the Credentials tab reveals it)</SecretAccessKey>');
    expect(document.body.textContent).not.toContain(log.credentials.secretAccessKey);
  });
});
