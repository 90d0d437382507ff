/**
 * Progressive reveal (presenter mode, `?reveal=1` or `?reveal=pause`): when → arrives at a step, the Sequence and Requests
 * tabs hold back that step's requests and show them one at a time, each → revealing the next. With `pause`, a request
 * comes first with "What will … answer?", and its response on the following key. Any other way of arriving at a step
 * (Previous, a link, the Next step button) shows it whole. The cloud has answered already: only the showing waits.
 */
import { useSyncExternalStore } from 'react';
import type { RevealMode } from '../shell/route';

interface Held {
  lessonId: string | null;
  stepIndex: number;
  mode: RevealMode;
  /** How many reveals have been shown: one per request, or, with `pause`, two (the request, then its response). */
  shown: number;
}

let held: Held | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Before → moves to `stepIndex`: its requests start hidden. */
export function holdStep(lessonId: string | null, stepIndex: number, mode: RevealMode): void {
  held = { lessonId, stepIndex, mode, shown: 0 };
  emit();
}

/** What the step at hand still holds back: how many reveals are left of `total`, and a function that shows the next. */
export function heldBack(lessonId: string | null, stepIndex: number, requests: number): number {
  if (!held || held.lessonId !== lessonId || held.stepIndex !== stepIndex) return 0;
  return Math.max(0, revealsOf(requests, held.mode) - held.shown);
}

export function revealNext(): void {
  if (!held) return;
  held = { ...held, shown: held.shown + 1 };
  emit();
}

export function showEverything(): void {
  if (!held) return;
  held = undefined;
  emit();
}

const revealsOf = (requests: number, mode: RevealMode) => (mode === 'pause' ? requests * 2 : requests);

/** What a panel shows of a step with `requests` requests: undefined for everything, else how many and whether the last one's response waits. */
export interface Revealed {
  requests: number;
  holdingResponse: boolean;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => held;

export function useRevealed(lessonId: string | null, stepIndex: number, requests: number): Revealed | undefined {
  const now = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (!now || now.lessonId !== lessonId || now.stepIndex !== stepIndex || now.shown >= revealsOf(requests, now.mode)) return undefined;
  if (now.mode === 'one') return { requests: now.shown, holdingResponse: false };
  return { requests: Math.ceil(now.shown / 2), holdingResponse: now.shown % 2 === 1 };
}
