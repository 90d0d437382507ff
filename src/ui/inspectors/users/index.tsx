/** The Users tab: every region's user pools and their users, and the identity pools' identities, from the engine's read models. */
import { useView } from '../../shell/SessionContext';
import { IdentitiesPanel } from './IdentitiesPanel';
import { UsersPanel } from './UsersPanel';

export function UsersTab() {
  const view = useView();
  const identityPools = view.identityPools;
  const userPools = view.userPools;
  return (
    <>
      {(userPools.pools.length > 0 || identityPools.pools.length === 0) && <UsersPanel userPools={userPools} />}
      <IdentitiesPanel identityPools={identityPools} />
    </>
  );
}
