import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../src/ui/presenter/keys';
import { heldBack, holdStep, revealNext, showEverything } from '../../../src/ui/inspectors/reveal';
import {
  lessonHash,
  parseHash,
  parsePresent,
  parseReveal,
  presenterSettingsOf,
  withPresent,
  withPresenterSettings,
  withReveal,
} from '../../../src/ui/shell/route';

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

describe('progressive reveal', () => {
  it('reads ?reveal=1 as one request at a time and ?reveal=pause as pausing before each answer', () => {
    expect(parseReveal('#/sign-up/3?present=1&reveal=1')).toBe('one');
    expect(parseReveal('#/sign-up/3?present=1&reveal=pause')).toBe('pause');
    expect(parseReveal('#/sign-up/3?present=1&reveal=0')).toBeUndefined();
    expect(withReveal('#/sign-up/3?present=1', 'pause')).toBe('#/sign-up/3?present=1&reveal=pause');
    expect(withReveal('#/sign-up/3?present=1&reveal=1', undefined)).toBe('#/sign-up/3?present=1');
  });

  it('holds a step’s requests back, one key per request, or two with the pause, and shows everything elsewhere', () => {
    holdStep('sign-up', 2, 'one');
    expect(heldBack('sign-up', 2, 3)).toBe(3);
    expect(heldBack('sign-up', 1, 3)).toBe(0);
    revealNext();
    expect(heldBack('sign-up', 2, 3)).toBe(2);
    holdStep('sign-up', 3, 'pause');
    expect(heldBack('sign-up', 3, 2)).toBe(4);
    revealNext();
    revealNext();
    revealNext();
    expect(heldBack('sign-up', 3, 2)).toBe(1);
    showEverything();
    expect(heldBack('sign-up', 3, 2)).toBe(0);
  });
});

describe('presenter settings in a share link', () => {
  it('carries the pane and the reveal, and applies only values it knows', () => {
    expect(presenterSettingsOf('#/sign-up/3?present=app&reveal=pause')).toEqual({ present: 'app', reveal: 'pause' });
    expect(presenterSettingsOf('#/sign-up/3?present=1')).toEqual({ present: '1' });
    expect(presenterSettingsOf('#/sign-up/3?reveal=1')).toBeUndefined();
    expect(withPresenterSettings('#/sign-up/3', { present: 'app', reveal: 'pause' })).toBe('#/sign-up/3?present=app&reveal=pause');
    expect(withPresenterSettings('#/sign-up/3?tab=tokens', { present: '1', reveal: 'sideways' })).toBe('#/sign-up/3?tab=tokens&present=1');
    expect(withPresenterSettings('#/sign-up/3', undefined)).toBe('#/sign-up/3');
    expect(withPresenterSettings('#/sign-up/3', { reveal: '1' })).toBe('#/sign-up/3');
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
