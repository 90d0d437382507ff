// @vitest-environment happy-dom
/** The Policies and Credentials tabs on the course's own identity lesson (tokens to credentials), through the session. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createSession, type Session } from '../../../src/flows/session';
import { CredentialsTab } from '../../../src/ui/inspectors/credentials';
import { PoliciesTab } from '../../../src/ui/inspectors/policies';
import { SessionContext } from '../../../src/ui/shell/SessionContext';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../../flows/lessons';

afterEach(cleanup);

const threeSteps = guidedLessons.find((l) => l.script.lessonId === 'three-steps')!.script;
const wrap = (session: Session, children: React.ReactNode) => <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;

describe('the identity tabs on the lesson "tokens to credentials"', () => {
  it("judge the step's denied PutObject, and an edit that allows it saves with PutRolePolicy and then allows it", async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'lesson' });
    await session.openLesson(threeSteps, 2);
    render(wrap(session, <PoliciesTab />));
    const requests = screen.getByRole('region', { name: "This step's requests, as IAM judged them" });
    expect(within(requests).getByText('PutObject → 403')).toBeTruthy();
    expect(within(requests).getByRole('group', { name: 'Decision on PutObject' }).textContent).toContain(
      'because no identity-based policy allows the s3:PutObject action',
    );
    expect((screen.getByRole('textbox', { name: 'Action' }) as HTMLInputElement).value).toBe('s3:PutObject');
    const resource = (screen.getByRole('textbox', { name: 'Resource' }) as HTMLInputElement).value;
    expect(resource).toMatch(/^arn:aws:s3:::article-notes\/us-east-1:[0-9a-f-]{36}\/notes\.txt$/);

    const box = screen.getByRole('textbox', { name: /Permissions policy ".+" of Cognito_articleAuth_Role/ }) as HTMLTextAreaElement;
    const policy = JSON.parse(box.value) as { Statement: object[] };
    policy.Statement.push({ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::article-notes/${cognito-identity.amazonaws.com:sub}/*' });
    fireEvent.change(box, { target: { value: JSON.stringify(policy, null, 2) } });
    fireEvent.click(screen.getByRole('button', { name: 'Evaluate' }));
    await session.settled();
    await waitFor(() => expect(screen.getByRole('group', { name: 'Result' }).textContent).toContain('Allowed by statement'));
    expect(session.getView().log.at(-1)!.action).toBe('PutRolePolicy');
    session.dispose();
  });

  it('show the credentials the identity pool handed out, with the expiry in simulated time', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'lesson' });
    await session.openLesson(threeSteps, 1);
    const view = render(wrap(session, <CredentialsTab />));
    const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;
    expect(valueOf('Identity id')).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(valueOf('Assumed-role ARN')).toBe('arn:aws:sts::123456789012:assumed-role/Cognito_articleAuth_Role/CognitoIdentityCredentials');
    expect(valueOf('AccessKeyId')).toMatch(/^ASIA/);
    expect(valueOf('Expiration')).toContain('expires in 1 h');
    view.unmount();
    // The lesson's step that waits past the expiry.
    await session.goToStep(threeSteps.steps.findIndex((s) => s.action === 'credentials.waitForExpiry'));
    render(wrap(session, <CredentialsTab />));
    expect(screen.getByText('Expiration', { selector: 'dt' }).nextElementSibling!.textContent).toMatch(/expired .* ago/);
    session.dispose();
  });
});
