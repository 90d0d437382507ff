/** The app's calls to your own API: the buttons that make them, and the API's answer in words with its status and reason. */
import type { YourApiAnswer } from '../../../../flows/wire';
import { AppButton, type ScreenProps } from '../../screenKit';

const TOKEN_WORDS = { access: 'the access token', id: 'the ID token' } as const;

/** "Accepted" with who the API says called and their groups, or "Refused" with the API's reason. */
export function ApiAnswerBox({ answer }: { answer: YourApiAnswer }) {
  const sent = `GET /orders with ${TOKEN_WORDS[answer.tokenUse]}${answer.checkRevocation ? ', checking revocation' : ''}`;
  if (answer.status === 200) {
    const caller = (answer.body['caller'] ?? {}) as { username?: string; 'cognito:groups'?: string[] };
    const groups = caller['cognito:groups'] ?? [];
    return (
      <section className="api-answer api-accepted" aria-label="Your API's answer" data-status={answer.status}>
        <h4>Your API: 200 OK, accepted</h4>
        <p className="small">{sent}</p>
        <p>
          Your orders, <span className="mono">{caller.username}</span>
          {groups.length > 0 && (
            <>
              {' '}
              (groups: <span className="mono">{groups.join(', ')}</span>)
            </>
          )}
          : 1 concert e-ticket.
        </p>
      </section>
    );
  }
  const reason = typeof answer.body['error_description'] === 'string' ? answer.body['error_description'] : String(answer.body['message'] ?? '');
  const code = typeof answer.body['error'] === 'string' ? answer.body['error'] : undefined;
  return (
    <section className="api-answer api-refused" aria-label="Your API's answer" data-status={answer.status}>
      <h4>Your API: {answer.status === 401 ? '401 Unauthorized, refused' : `${answer.status}, refused`}</h4>
      <p className="small">{sent}</p>
      <p>
        {code && <span className="aws-code">{code}</span>}
        {code && ': '}
        {reason}
      </p>
    </section>
  );
}

/** "Call your API" and its variants; signed out only the kept access token can be sent. */
export function ApiButtons({ props, signedOut }: { props: ScreenProps; signedOut?: boolean }) {
  return (
    <>
      <h4 className="api-heading">
        Your API <span className="mono muted">api.example.com</span>
      </h4>
      <div className="button-row" role="group" aria-label="Your API">
        <AppButton props={props} event={{ type: 'api.call' }}>
          {signedOut ? 'Call your API with the old access token' : 'Call your API'}
        </AppButton>
        {!signedOut && (
          <AppButton props={props} event={{ type: 'api.callWithIdToken' }}>
            Call it with the ID token
          </AppButton>
        )}
        <AppButton props={props} event={{ type: 'api.callCheckingRevocation' }}>
          {signedOut ? 'Call the API that checks revocation' : 'Call it, checking revocation'}
        </AppButton>
      </div>
    </>
  );
}

/** The API's last answer, if the app has one. */
export function LastApiAnswer({ props }: { props: ScreenProps }) {
  const answer = props.context['apiAnswer'] as YourApiAnswer | undefined;
  return answer ? <ApiAnswerBox answer={answer} /> : null;
}
