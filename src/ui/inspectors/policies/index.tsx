/** The Policies tab: the roles in play, read from the cloud's read models, and the session's way of saving a policy. */
import { DEFAULT_REGION } from '../../../engine';
import type { SessionView } from '../../../flows/session';
import { useSession, useView } from '../../shell/SessionContext';
import { PoliciesPanel, type PoliciesState } from './PoliciesPanel';
import { rolesInPlay } from './rolesInPlay';

export function policiesState(view: SessionView): PoliciesState {
  const credentials = view.sts.credentials;
  return { roles: rolesInPlay(view.iam, view.identityPools, view.sts), credentials, now: view.now };
}

export function PoliciesTab() {
  const session = useSession();
  const view = useView();
  const state = policiesState(view);
  const from = view.stepLogMarks[view.stepIndex - 1] ?? view.logStart;
  const region = view.identityPools.pools[0]?.region ?? DEFAULT_REGION;
  return (
    <PoliciesPanel
      // A new step starts from the cloud's policies: drafts typed at another step do not follow.
      key={`${view.lessonId}:${view.stepIndex}`}
      {...state}
      stepEntries={view.log.slice(from)}
      allEntries={view.log}
      region={region}
      save={(action) => session.developerAction(action)}
      read={() => policiesState(session.getView())}
    />
  );
}
