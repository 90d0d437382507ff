/** The Credentials tab: STS's read model of the credentials issued, at the session's simulated time. */
import { useView } from '../../shell/SessionContext';
import { CredentialsPanel } from './CredentialsPanel';

export function CredentialsTab() {
  const view = useView();
  return <CredentialsPanel credentials={view.sts.credentials} now={view.now} />;
}
