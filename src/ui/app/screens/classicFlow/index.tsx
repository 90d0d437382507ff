/** The basic flow's screen: the three calls as buttons, what the app holds after each, and the developer's trust edits. */
import type { ReactNode } from 'react';
import type { HeldCredentials, SignedAnswer } from '../../../../flows/identityWire';
import { AppButton, ErrorBox, type ScreenProps } from '../../screenKit';
import { AnswerBox, HeldSummary, Waiting } from '../credentials/parts';

interface Classic {
  identityId?: string;
  token?: string;
  credentials?: HeldCredentials;
  assumedRoleArn?: string;
  trust?: string;
  answer?: SignedAnswer;
}

function ClassicFlow(props: ScreenProps) {
  const { identityId, token, credentials, assumedRoleArn, trust, answer } = props.context as unknown as Classic;
  return (
    <div className="screen" role="group" aria-label="The basic flow">
      <h3 className="screen-title">The basic flow</h3>
      <ol className="screen-text">
        <li>
          GetId: {identityId ? <span className="mono">{identityId}</span> : 'no identity yet'}{' '}
          <AppButton props={props} event={{ type: 'classic.getId' }} primary={!identityId}>
            Get an identity
          </AppButton>
        </li>
        <li>
          GetOpenIdToken: {token ? 'the app holds the OpenID token (see the Tokens tab)' : 'no token yet'}{' '}
          <AppButton props={props} event={{ type: 'classic.getOpenIdToken' }}>
            Get the token
          </AppButton>
        </li>
        <li>
          AssumeRoleWithWebIdentity:{' '}
          <AppButton props={props} event={{ type: 'classic.assumeRole' }}>
            Exchange it at STS
          </AppButton>
        </li>
      </ol>
      <HeldSummary credentials={credentials} roleArn={assumedRoleArn} />
      {answer && <AnswerBox answer={answer} />}
      <div className="button-row">
        <AppButton props={props} event={{ type: 'classic.syncList' }}>
          Read my settings (Sync)
        </AppButton>
        <AppButton props={props} event={{ type: 'classic.restart' }}>
          Start again
        </AppButton>
      </div>
      <h4>The guest role's trust policy (developer)</h4>
      {trust && <p className="screen-text small">{trust}</p>}
      <div className="button-row" role="group" aria-label="Trust policy">
        <AppButton props={props} event={{ type: 'trust.wrongAmr' }}>
          Require amr authenticated
        </AppButton>
        <AppButton props={props} event={{ type: 'trust.wrongAud' }}>
          Name another pool as aud
        </AppButton>
        <AppButton props={props} event={{ type: 'trust.restore' }}>
          Restore Cognito's trust policy
        </AppButton>
      </div>
      <Waiting props={props} />
      <ErrorBox {...props} />
    </div>
  );
}

function Developer(props: ScreenProps) {
  return (
    <div className="screen" role="group" aria-label="The developer changes IAM">
      <h3 className="screen-title">The developer edits the trust policy</h3>
      <p className="screen-text">IAM UpdateAssumeRolePolicy replaces the guest role's trust policy; STS reads it on the next AssumeRoleWithWebIdentity.</p>
      <Waiting props={props} />
      <ErrorBox {...props} />
    </div>
  );
}

export const classicFlowScreens: Record<string, (props: ScreenProps) => ReactNode> = { classicFlow: ClassicFlow, developer: Developer };
