import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../src/ui/presenter/keys';
import { lessonHash, parseHash, parsePresent, withPresent } from '../../../src/ui/shell/route';

describe('presenter mode in the address', () => {
  it('reads ?present=1 as the inspectors pane and ?present=app as the app, and nothing as off', () => {
    expect(parsePresent('#/sign-up/3?present=1')).toBe('inspectors');
    expect(parsePresent('#/sign-up/3?present=app')).toBe('app');
    expect(parsePresent('#/sign-up/3?present=0')).toBeUndefined();
    expect(parsePresent('#/sign-up/3')).toBeUndefined();
  });

  it('keeps the lesson and step when a query follows them', () => {
    expect(parseHash('#/sign-up/3?present=1')).toEqual({ lessonId: 'sign-up', step: 3 });
    expect(parseHash('#/sign-up?present=app')).toEqual({ lessonId: 'sign-up' });
  });

  it('sets and removes presenter mode without touching the rest of the address', () => {
    expect(withPresent(lessonHash('sign-up', 2), 'inspectors')).toBe('#/sign-up/2?present=1');
    expect(withPresent('#/sign-up/2?present=1', 'app')).toBe('#/sign-up/2?present=app');
    expect(withPresent('#/sign-up/2?tab=tokens&present=1', undefined)).toBe('#/sign-up/2?tab=tokens');
  });
});

describe('presenter keys', () => {
  it('steps forward with → PageDown and Space, back with ← and PageUp', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(commandFor(key, false)).toEqual({ kind: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(commandFor(key, false)).toEqual({ kind: 'previous' });
  });

  it('takes digits only after G, and leaves other keys to the page', () => {
    expect(commandFor('4', false)).toBeUndefined();
    expect(commandFor('g', false)).toEqual({ kind: 'goto.start' });
    expect(commandFor('4', true)).toEqual({ kind: 'goto.digit', digit: 4 });
    expect(commandFor('Enter', true)).toEqual({ kind: 'goto.commit' });
    expect(commandFor('Escape', true)).toEqual({ kind: 'goto.cancel' });
    expect(commandFor('r', false)).toBeUndefined();
    expect(commandFor('B', false)).toEqual({ kind: 'blank' });
  });
});
