/** The Users tab: every region's pools and their users, from the engine's read model. */
import { useView } from '../../shell/SessionContext';
import { UsersPanel } from './UsersPanel';

export function UsersTab() {
  const view = useView();
  return <UsersPanel userPools={view.userPools} />;
}
