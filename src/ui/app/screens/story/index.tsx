/** The story flow's screen: the messages told so far. */
import type { ReactNode } from 'react';
import type { ScreenProps } from '../../screenKit';
import { StoryScreen } from './StoryScreen';

export const storyScreens: Record<string, (props: ScreenProps) => ReactNode> = { story: StoryScreen };
