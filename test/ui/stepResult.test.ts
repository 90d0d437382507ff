import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/flows/session';
import { stepResult } from '../../src/ui/lesson/LiveLessonPage';

const entry = (action: string, status: number, code?: string) => ({ action, status, ...(code ? { error: { code, message: '' } } : {}) });

describe('a step’s result in one line', () => {
  it('names the last request of the current step and what it got, and nothing for a step that sent none', () => {
    const view = {
      log: [entry('CreateUserPool', 200), entry('SignUp', 200), entry('ConfirmSignUp', 400, 'CodeMismatchException')],
      logStart: 1,
      stepLogMarks: [1, 2, 3, 3],
      stepIndex: 2,
    } as unknown as SessionView;
    expect(stepResult(view)).toBe('400 CodeMismatchException');
    expect(stepResult({ ...view, stepIndex: 1 })).toBe('200 SignUp');
    expect(stepResult({ ...view, stepIndex: 3 })).toBeUndefined();
    expect(stepResult({ ...view, stepIndex: 0 })).toBeUndefined();
  });
});
