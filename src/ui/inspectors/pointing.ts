import { useEffect, type RefObject } from 'react';

/**
 * Pointing, for a presenter showing the room one thing: a click on an element marked `data-point` inside `root` (a claim
 * row, a JSON field, a diagram message) spotlights it (`data-spotlit`) and dims the rest (`data-spotlight="on"` on
 * `root`, styled in inspectors.css); clicking it again or pressing Escape ends it. Elements sharing a non-empty
 * `data-point` value light up together (a message's arrow and its text). From the keyboard, Enter or Space on a focused
 * one does the same (in presenter mode Space steps on, as the presenter's keys come first). Works in every mode: a
 * click that selects text, or lands on a control inside (an input, a button), points at nothing. A new `resetKey` (the
 * next step) ends the spotlight.
 */
export function usePointing(root: RefObject<HTMLElement | null>, resetKey: string): void {
  useEffect(() => {
    const box = root.current;
    if (!box) return;
    const clear = () => {
      box.querySelectorAll('[data-spotlit]').forEach((el) => el.removeAttribute('data-spotlit'));
      box.removeAttribute('data-spotlight');
    };
    const toggle = (el: Element) => {
      const was = el.hasAttribute('data-spotlit');
      clear();
      if (was) return;
      const group = el.getAttribute('data-point');
      const lit = group ? box.querySelectorAll(`[data-point="${CSS.escape(group)}"]`) : [el];
      lit.forEach((e) => e.setAttribute('data-spotlit', ''));
      box.setAttribute('data-spotlight', 'on');
    };
    const pointed = (target: EventTarget | null): Element | undefined => {
      const el = target instanceof Element ? target : undefined;
      const point = el?.closest('[data-point]');
      if (!point || !box.contains(point)) return undefined;
      const control = el!.closest('input, textarea, select, button, a, summary, label');
      return control && point.contains(control) ? undefined : point;
    };
    const onClick = (event: MouseEvent) => {
      const point = pointed(event.target);
      if (!point || !window.getSelection()?.isCollapsed) return;
      toggle(point);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== 'Enter' && event.key !== ' ') || event.target !== pointed(event.target)) return;
      event.preventDefault();
      toggle(event.target as Element);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !box.hasAttribute('data-spotlight') || document.querySelector('dialog[open]')) return;
      clear();
    };
    box.addEventListener('click', onClick);
    box.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', onEscape);
    return () => {
      box.removeEventListener('click', onClick);
      box.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', onEscape);
      clear();
    };
  }, [root, resetKey]);
}
