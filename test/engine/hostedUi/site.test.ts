import { describe, expect, it } from 'vitest';
import { newCloud } from '../../support/cloud';

// The hosted UI is a site at `{Domain}.auth.{region}.amazoncognito.com`, with the state of the region's user pools.
describe('the hosted UI site', () => {
  it('answers a domain nobody created with a page that says so, and logs the visit in the region the host names', async () => {
    const cloud = await newCloud();
    const response = await cloud.fetch('https://nobody-here.auth.eu-west-1.amazoncognito.com/login?client_id=x', { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html;charset=UTF-8');
    const page = await response.text();
    expect(page).toContain('No user pool has the domain nobody-here in eu-west-1');
    const entry = cloud.log.entries.at(-1)!;
    expect(entry).toMatchObject({ service: 'cognito-hosted-ui', region: 'eu-west-1', action: 'GET /login', status: 404 });
  });

  it('is not a host for other names under amazoncognito.com', async () => {
    const cloud = await newCloud();
    const response = await cloud.fetch('https://-bad.auth.eu-west-1.amazoncognito.com/login');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ __type: 'UnknownEndpoint' });
  });
});
