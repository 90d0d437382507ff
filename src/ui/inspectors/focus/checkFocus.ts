/** Checks a step's `focus=` against the inspector tabs a lesson has: content does not know the tabs, so the UI does. Pure. */
import type { StepFocus } from '../../../content';
import { focusTab, tokenFocus, TOKEN_NAMES } from './stepFocus';

/** What is wrong with `focus` in a lesson with these tabs, in words; undefined when nothing is. */
export function focusProblem(focus: StepFocus, tabs: readonly { id: string; label: string }[]): string | undefined {
  const tab = focusTab(tabs, focus);
  if (!tab) return `points at the tab "${focus.tab}", which this lesson does not have (known: ${tabs.map((t) => t.id).join(', ')})`;
  if (tab === 'tokens' && focus.path.length && !tokenFocus(focus.path)) {
    return `points at "${focus.path.join('.')}" in the Tokens tab: write a token (${TOKEN_NAMES.join(', ')}) and optionally one claim, like id.email`;
  }
  if (focus.path.length && tab !== 'tokens' && tab !== 'requests') return `gives a path in the ${tab} tab, which only opens: write focus=${focus.tab}`;
  return undefined;
}
