import { describe, expect, it } from 'vitest';
import { lessonHash, NEW_CLASS_HASH, parseHash } from '../../src/ui/shell/route';

describe('an address that picks the inspector tab', () => {
  it('reads ?tab= after the lesson and step', () => {
    expect(parseHash('#/inside-the-tokens/6?tab=tokens')).toEqual({ lessonId: 'inside-the-tokens', step: 6, tab: 'tokens' });
    expect(parseHash('#/inside-the-tokens?tab=requests')).toEqual({ lessonId: 'inside-the-tokens', tab: 'requests' });
    expect(parseHash('#/inside-the-tokens/6/?tab=stateChart&x=1')).toEqual({ lessonId: 'inside-the-tokens', step: 6, tab: 'stateChart' });
  });

  it('leaves out an empty or missing tab, and keeps a bad step a bad step', () => {
    expect(parseHash('#/sign-up/2?tab=')).toEqual({ lessonId: 'sign-up', step: 2 });
    expect(parseHash('#/sign-up/2?')).toEqual({ lessonId: 'sign-up', step: 2 });
    expect(parseHash('#/sign-up/2?other=1')).toEqual({ lessonId: 'sign-up', step: 2 });
    expect(parseHash('#/sign-up/x?tab=tokens')).toEqual({ lessonId: 'sign-up', badStep: 'x', tab: 'tokens' });
  });

  it('writes the tab back into the address it parses', () => {
    expect(lessonHash('inside-the-tokens', 6, 'tokens')).toBe('#/inside-the-tokens/6?tab=tokens');
    expect(lessonHash('sign-up', 2)).toBe('#/sign-up/2');
    expect(parseHash(lessonHash('a b', 3, 'x&y'))).toEqual({ lessonId: 'a b', step: 3, tab: 'x&y' });
  });
});

describe('the new-class address', () => {
  it('names no lesson, so the app stays on its lesson while asking', () => {
    expect(parseHash(NEW_CLASS_HASH)).toEqual({ newClass: true });
    expect(parseHash('#/new-class/')).toEqual({ newClass: true });
    expect(parseHash('#/new-classes')).toEqual({ lessonId: 'new-classes' });
  });
});
