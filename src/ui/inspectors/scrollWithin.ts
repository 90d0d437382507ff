/**
 * Scrolls an inspector's scroll areas, never the window: the desktop layout must not scroll (test/e2e/navigationBugs),
 * and on a phone the learner's place in the text stays where it is.
 */

const scrolls = (el: HTMLElement) => {
  const overflow = getComputedStyle(el).overflowY;
  return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight;
};

/** The nearest ancestor that scrolls vertically, if any (the page itself does not count). */
export function scroller(from: HTMLElement): HTMLElement | undefined {
  for (let el = from.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    if (scrolls(el)) return el;
  }
  return undefined;
}

/**
 * Brings `el` into view in each area that scrolls around it, innermost first (a long response's code block, then the tab
 * panel): to the top (`'start'`) or the middle (`'center'`) of each.
 */
export function scrollWithin(el: HTMLElement, where: 'start' | 'center' = 'start'): void {
  for (let box = scroller(el); box; box = scroller(box)) {
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const offset = where === 'center' ? (b.height - Math.min(r.height, b.height)) / 2 : 0;
    box.scrollTop = r.top - b.top + box.scrollTop - offset;
  }
}
