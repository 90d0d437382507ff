/** The mock app's screens, one folder per flow (keyed by the flow registry's id): adding a flow adds its folder and one line here. */
import type { ReactNode } from 'react';
import type { FlowId } from '../../../flows/types';
import type { ScreenProps } from '../screenKit';
import { classicFlowScreens } from './classicFlow';
import { consoleScreens } from './console';
import { credentialsScreens } from './credentials';
import { fourKindsScreens } from './fourKinds';
import { hostedUiScreens } from './hostedUi';
import { signInScreens } from './signIn';
import { signUpScreens } from './signUp';
import { storyScreens } from './story';
import { syncDevicesScreens } from './syncDevices';

export type Screen = (props: ScreenProps) => ReactNode;

export const SCREENS: Record<FlowId, Record<string, Screen>> = {
  signUp: signUpScreens,
  signIn: signInScreens,
  console: consoleScreens,
  story: storyScreens,
  credentials: credentialsScreens,
  classicFlow: classicFlowScreens,
  fourKinds: fourKindsScreens,
  syncDevices: syncDevicesScreens,
  hostedUi: hostedUiScreens,
};

/** The screen a flow shows for a state's `meta.screen`; the story screen when the flow has none for it. */
export function screenFor(flowId: FlowId, screen: string): Screen {
  return SCREENS[flowId]?.[screen] ?? storyScreens['story']!;
}
