import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Lesson, StepFocus } from '../../../content';
import { useView } from '../../shell/SessionContext';
import { scrollWithin } from '../scrollWithin';

/**
 * The focus of the step the session is on (`focus=` in the lesson), with a key that changes from step to step; no key
 * while the step is still running, as its answer is not in yet.
 */
export function useStepFocus(lesson: Lesson | undefined): { focus: StepFocus | undefined; key: string | undefined } {
  const view = useView();
  const active = lesson && view.lessonId === lesson.id;
  return { focus: active ? lesson.steps[view.stepIndex]?.focus : undefined, key: view.busy ? undefined : `${view.lessonId}:${view.stepIndex}` };
}

/**
 * Once per arrival at a step (`key`), scrolls the marked element (`.is-focus`) inside `root` to the middle of its scroll
 * area, as soon as it is on the page (a response may arrive after the tab opened). Later renders leave the learner's
 * scrolling alone.
 */
export function useScrollToFocus(root: RefObject<HTMLElement | null>, key: string | undefined): void {
  const done = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!key || done.current === key) return;
    const el = root.current?.querySelector<HTMLElement>('.is-focus');
    if (!el) return;
    done.current = key;
    scrollWithin(el, 'center');
  });
}
