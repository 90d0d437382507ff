/**
 * The mock app's screens, one folder per flow (keyed by the flow registry's id): adding a flow adds its folder and one line
 * here. The user-pool chapter's screens are in the app's first chunk (the first lesson shows them at once); the other
 * flows' load the first time one of their lessons opens, as their machines do.
 */
import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { FlowId } from '../../../flows/types';
import type { ScreenProps } from '../screenKit';
import { signInScreens } from './signIn';
import { signUpScreens } from './signUp';
import { storyScreens } from './story';

export type Screen = (props: ScreenProps) => ReactNode;
type ScreenSet = Record<string, Screen>;

/** A flow's screens from a chunk of their own: each screen shows "Loading the app…" until its chunk is in. */
function lazyScreens(load: () => Promise<ScreenSet>): (screen: string) => Screen {
  let loading: Promise<ScreenSet> | undefined;
  const made = new Map<string, Screen>();
  return (screen) => {
    let found = made.get(screen);
    if (!found) {
      const Lazy = lazy(() => (loading ??= load()).then((set) => ({ default: (set[screen] ?? storyScreens['story']!) as ComponentType<ScreenProps> })));
      found = (props) => createElement(Suspense, { fallback: createElement('p', { className: 'busy' }, 'Loading the app…') }, createElement(Lazy, props));
      made.set(screen, found);
    }
    return found;
  };
}

const eager = (set: ScreenSet) => (screen: string) => set[screen];

const SCREENS: Record<FlowId, (screen: string) => Screen | undefined> = {
  signUp: eager(signUpScreens),
  signIn: eager(signInScreens),
  story: eager(storyScreens),
  console: lazyScreens(() => import('./console').then((m) => m.consoleScreens)),
  credentials: lazyScreens(() => import('./credentials').then((m) => m.credentialsScreens)),
  classicFlow: lazyScreens(() => import('./classicFlow').then((m) => m.classicFlowScreens)),
  fourKinds: lazyScreens(() => import('./fourKinds').then((m) => m.fourKindsScreens)),
  syncDevices: lazyScreens(() => import('./syncDevices').then((m) => m.syncDevicesScreens)),
  hostedUi: lazyScreens(() => import('./hostedUi').then((m) => m.hostedUiScreens)),
  machineToMachine: lazyScreens(() => import('./machineToMachine').then((m) => m.machineToMachineScreens)),
  googleIdentityPool: lazyScreens(() => import('./googleIdentityPool').then((m) => m.googleIdentityPoolScreens)),
};

/** The screen a flow shows for a state's `meta.screen`; the story screen when the flow has none for it. */
export function screenFor(flowId: FlowId, screen: string): Screen {
  return SCREENS[flowId]?.(screen) ?? storyScreens['story']!;
}
