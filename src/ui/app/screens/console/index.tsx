/** The console flow's screen: the pool and app client as DescribeUserPool and DescribeUserPoolClient return them. */
import type { ReactNode } from 'react';
import type { ScreenProps } from '../../screenKit';
import { PoolSettingsScreen } from './PoolSettings';

export const consoleScreens: Record<string, (props: ScreenProps) => ReactNode> = { poolSettings: PoolSettingsScreen };
