/**
 * The room a diagram box offers (its inner width and the root font size), kept current: a ResizeObserver on the box,
 * debounced, and a MutationObserver on `<html>`'s class (Large text and presenter mode change the root font size
 * without always changing the box's width). The width is rounded down to a step of 16 px so a small resize or a
 * scrollbar does not redraw the diagram, and so the diagram drawn ahead for the next step usually matches.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Room } from './sequence/fit';

const STEP = 16;
const SETTLE_MS = 150;

let latest: Room | undefined;

/** The room most recently measured by a diagram that fits itself: what a diagram drawn ahead is laid out for. */
export function latestRoom(): Room | undefined {
  return latest;
}

function measure(el: HTMLElement): Room {
  const style = getComputedStyle(el);
  const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {
    width: Math.max(STEP, Math.floor(inner / STEP) * STEP),
    rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
  };
}

const same = (a: Room | undefined, b: Room) => a?.width === b.width && a.rootPx === b.rootPx;

/** The box's room (at first the latest room measured anywhere), or undefined when `enabled` is false or nothing was measured yet. */
export function useRoom(ref: RefObject<HTMLElement | null>, enabled: boolean): Room | undefined {
  const [room, setRoom] = useState<Room | undefined>(() => (enabled ? latest : undefined));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    const update = () => {
      // A hidden panel (another tab) measures 0: keep the last room.
      if (el.clientWidth === 0) return;
      const next = measure(el);
      latest = next;
      setRoom((prev) => (same(prev, next) ? prev : next));
    };
    update();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(update, SETTLE_MS);
    };
    const resize = new ResizeObserver(later);
    resize.observe(el);
    // The root font size changes at once with the class: redraw without waiting for the box to settle.
    const classes = new MutationObserver(update);
    classes.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => {
      clearTimeout(timer);
      resize.disconnect();
      classes.disconnect();
    };
  }, [ref, enabled]);
  return room;
}
