// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Transcript } from '../../src/ui/inspectors/sequence/SequencePanel';
import { RequestsPanel } from '../../src/ui/inspectors/requests/RequestsPanel';
import { Quiz } from '../../src/ui/lesson/Quiz';
import { StepControls } from '../../src/ui/shell/StepControls';
import { Header, LARGE_TEXT_KEY } from '../../src/ui/shell/Header';
import { sequenceDiagram } from '../../src/flows/diagrams/sequence';
import { ARTICLE_USER, articlePool, newCloud } from '../support/cloud';

afterEach(cleanup);

async function signedUpCloud() {
  const cloud = await newCloud();
  const { clientId } = await articlePool(cloud);
  const logStart = cloud.log.entries.length;
  await cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: ARTICLE_USER.username,
    Password: ARTICLE_USER.password,
    UserAttributes: [{ Name: 'email', Value: ARTICLE_USER.username }],
  });
  return { cloud, logStart };
}

describe('Transcript', () => {
  it('reads the sequence diagram as an ordered list, labelled, with the current step marked', async () => {
    const { cloud, logStart } = await signedUpCloud();
    const { transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: logStart, highlight: logStart });
    render(<Transcript items={transcript} />);
    const list = screen.getByRole('list', { name: 'Transcript of the diagram' });
    expect(list.tagName).toBe('OL');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'App → User pool: SignUp abc.xyz@gmail.com (no identity checked) Who asks: anyone, with the ClientId; no identity is checked. (this step)',
      'User pool → Email: email "Your verification code" to abc.xyz@gmail.com (this step)',
      'User pool → App: 200 UserConfirmed, CodeDeliveryDetails, UserSub (this step)',
    ]);
    expect(list.querySelectorAll('[aria-current="step"]')).toHaveLength(3);
  });

  it('says when there is nothing yet', () => {
    render(<Transcript items={[]} />);
    expect(screen.getByText('No messages yet.')).toBeTruthy();
  });
});

describe('RequestsPanel', () => {
  it('shows each call as boto3 first, then the CLI, the SDK v3 or raw HTTP on request', async () => {
    const { cloud, logStart } = await signedUpCloud();
    render(<RequestsPanel entries={cloud.log.entries.slice(logStart)} currentFrom={0} />);
    expect(document.body.textContent).toContain('client.sign_up(');
    fireEvent.click(screen.getByRole('button', { name: 'AWS CLI' }));
    expect(document.body.textContent).toContain('aws cognito-idp sign-up');
    fireEvent.click(screen.getByRole('button', { name: 'JavaScript (SDK v3)' }));
    expect(document.body.textContent).toContain('new SignUpCommand(');
    fireEvent.click(screen.getByRole('button', { name: 'HTTP' }));
    expect(document.body.textContent).toContain('X-Amz-Target: AWSCognitoIdentityProviderService.SignUp');
    expect(document.body.textContent).toContain('HTTP/1.1 200 OK');
  });
});

describe('Quiz', () => {
  const quiz = {
    question: 'Who decides?',
    options: ['The user', 'The pool'],
    answer: 1,
    explain: 'The pool checks the code.',
    explainHtml: '<p>The pool checks the code.</p>',
  };
  it('lets a wrong answer be retried without giving the right one away', () => {
    render(<Quiz quiz={quiz} />);
    fireEvent.click(screen.getByRole('radio', { name: 'The user' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/✗ Not quite\. Pick another answer and check again\./);
    expect(status.textContent).not.toContain('The pool');
    fireEvent.click(screen.getByRole('radio', { name: 'The pool' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(status.textContent).toMatch(/✓ Right\. The pool checks the code\./);
    expect(screen.queryByRole('button', { name: 'Show the answer' })).toBeNull();
  });
  it('shows the right answer and why when asked after a wrong one', () => {
    render(<Quiz quiz={quiz} />);
    fireEvent.click(screen.getByRole('radio', { name: 'The user' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    expect(screen.getByRole('status').textContent).toMatch(/✗ Not quite\. The answer is “The pool”\. The pool checks the code\./);
  });
  it('tells a right answer', () => {
    render(<Quiz quiz={quiz} />);
    fireEvent.click(screen.getByRole('radio', { name: 'The pool' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status').textContent).toMatch(/✓ Right\./);
  });
});

describe('StepControls', () => {
  const setup = (stepIndex = 1) => {
    const handlers = { onNext: vi.fn(), onPrevious: vi.fn(), onReset: vi.fn() };
    render(
      <>
        <input aria-label="Somewhere to type" />
        <StepControls stepIndex={stepIndex} stepCount={4} busy={false} {...handlers} />
      </>,
    );
    return handlers;
  };

  it('names its buttons and counts steps', () => {
    setup();
    for (const name of ['Next step', 'Previous step', 'Reset']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 2 of 4');
  });

  it('steps with → and ←, but not while the learner types', () => {
    const h = setup();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(h.onNext).toHaveBeenCalledTimes(1);
    expect(h.onPrevious).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByLabelText('Somewhere to type'), { key: 'ArrowRight' });
    expect(h.onNext).toHaveBeenCalledTimes(1);
  });

  it('asks before resetting', () => {
    const h = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(h.onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset lesson', hidden: true }));
    expect(h.onReset).toHaveBeenCalledTimes(1);
  });

  it('disables "Next step" on the last step', () => {
    setup(3);
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ErrorBoundary', () => {
  it('shows a failing panel’s error and a way out instead of a blank page', async () => {
    const { ErrorBoundary } = await import('../../src/ui/shell/ErrorBoundary');
    const onReset = vi.fn();
    const Boom = () => {
      throw new Error('the diagram exploded');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ErrorBoundary name="Sequence panel" onReset={onReset}>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/The Sequence panel hit a problem.*the diagram exploded/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset this lesson' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    warn.mockRestore();
  });
});

describe('Large text', () => {
  it('is remembered when the learner switches it, and only then', () => {
    window.localStorage.clear();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    render(<Header live={false} toc={null} />);
    expect(setItem).not.toHaveBeenCalled(); // nothing written while the page starts
    fireEvent.click(screen.getByRole('button', { name: 'Large text' }));
    expect(document.documentElement.classList.contains('large-text')).toBe(true);
    expect(window.localStorage.getItem(LARGE_TEXT_KEY)).toBe('1');
    cleanup();
    render(<Header live={false} toc={null} />);
    expect(screen.getByRole('button', { name: 'Large text' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Large text' }));
    expect(document.documentElement.classList.contains('large-text')).toBe(false);
    expect(window.localStorage.getItem(LARGE_TEXT_KEY)).toBe('0');
    setItem.mockRestore();
  });
});
