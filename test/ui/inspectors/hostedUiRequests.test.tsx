// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { RequestsPanel } from '../../../src/ui/inspectors/requests/RequestsPanel';
import { newCloud } from '../../support/cloud';
import { basic, machinePool, postForm } from '../../support/oauth';

afterEach(cleanup);

describe('the Requests tab on the hosted UI', () => {
  it('shows the token request as code in each language, and the form it sent as its request body', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    const from = cloud.log.entries.length;
    await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'client_credentials', scope: 'orders/read' }, basic(setup.clientId, setup.clientSecret!));
    render(<RequestsPanel entries={cloud.log.entries.slice(from)} log={cloud.log.entries} currentFrom={0} />);
    const item = screen.getByText('POST /oauth2/token', { selector: '.request-action' }).closest('li')!;
    const code = () => within(item).getByLabelText(/^POST \/oauth2\/token as /).textContent ?? '';
    expect(code()).toMatch(/^# The token endpoint is OAuth 2\.0, not an AWS API: boto3 has no call for it/);
    fireEvent.click(screen.getByRole('button', { name: 'JavaScript (SDK v3)' }));
    expect(code()).toMatch(/^\/\/ The token endpoint is OAuth 2\.0, not an AWS API: the SDK has no command for it, so this is plain fetch\./);
    fireEvent.click(screen.getByRole('button', { name: 'AWS CLI' }));
    expect(code()).toContain('curl https://shop-login.auth.us-east-1.amazoncognito.com/oauth2/token');
    expect(within(item).getByLabelText(/^POST \/oauth2\/token request: /).textContent).toContain('"grant_type": "client_credentials"');
    expect(within(item).getByLabelText('Who asks POST /oauth2/token').textContent).toContain('(the hosted UI: web pages and OAuth 2.0, no AWS signature)');
    fireEvent.click(screen.getByRole('button', { name: 'HTTP' }));
    expect(item.textContent).toContain(
      'The hosted UI, outside AWS’s APIs: nothing is signed with SigV4; the app client’s id and secret travel in the Authorization header (Basic: base64 of client_id:client_secret), which only a server should hold.',
    );
    expect(code()).toMatch(/^POST \/oauth2\/token HTTP\/1\.1\nHost: shop-login\.auth\.us-east-1\.amazoncognito\.com\n/);
    expect(code()).toContain('grant_type=client_credentials&scope=orders%2Fread');
  });
});
