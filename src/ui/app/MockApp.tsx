import type { AnyMachineSnapshot, EventObject, StateValue } from 'xstate';
import type { Lesson } from '../../content';
import { useSession, useView } from '../shell/SessionContext';
import { Tabs } from '../shell/Tabs';
import type { WayOut } from './errorWords';
import { Inbox } from './Inbox';
import { BackOnPath } from './BackOnPath';
import { ModeToggle } from './ModeToggle';
import type { FlowContext, ScreenProps } from './screenKit';
import { screenFor } from './screens';
import { TypedSummary } from './TypedSummary';

/** `{ signedIn: 'profileShown' }` → `signedIn.profileShown` */
export function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? [];
  if (key === undefined) return '';
  return child === undefined || (typeof child === 'object' && !Object.keys(child).length) ? key : `${key}.${statePath(child as StateValue)}`;
}

/** The screen of the deepest active state that declares one. */
export function screenOf(snapshot: AnyMachineSnapshot): string | undefined {
  let found: string | undefined;
  for (const meta of Object.values(snapshot.getMeta() as Record<string, { screen?: string } | undefined>)) if (meta?.screen) found = meta.screen;
  return found;
}

/** The client app the learner is building: a phone-sized screen per flow state, and the inbox the pool writes to. */
export function MockApp({ lesson }: { lesson: Lesson }) {
  const session = useSession();
  const view = useView();
  const { snapshot, mode, appTab, busy, outbox, now } = view;
  const context = snapshot.context as FlowContext;
  const screen = screenOf(snapshot) ?? 'story';
  const Screen = screenFor(view.flowId, screen);
  const stepIndex = view.stepIndex;
  const nextAction = lesson.steps[stepIndex + 1]?.action;

  const onWayOut = (wayOut: WayOut) => {
    if ('clockMs' in wayOut) return session.advanceClock(wayOut.clockMs);
    // In guided mode a way out that is the lesson's next step is that step; anything else is the learner's own move.
    if (mode === 'guided' && nextAction && session.plannedEvents(nextAction)?.includes(wayOut.event.type)) return void session.next();
    if (mode === 'guided') session.setMode('free');
    session.send(wayOut.event);
  };

  const props: ScreenProps = {
    context,
    state: statePath(snapshot.value),
    interactive: mode === 'free' && !busy,
    busy,
    send: (event: EventObject) => session.send(event),
    can: (event: EventObject) => snapshot.can(event),
    typed: view.lastAction?.typed,
    typedKey: `${stepIndex}:${view.lastAction?.id ?? ''}`,
    onWayOut,
  };
  const inbox = outbox;
  return (
    <>
      <div className="column-head">
        <h2 id="app-heading">Your app</h2>
        <ModeToggle mode={mode} onChange={(m) => session.setMode(m)} />
      </div>
      <div className="column-scroll">
        <BackOnPath />
        <div className="device" data-screen={screen} data-state={props.state}>
          <div className="device-bar" aria-hidden="true">
            <span className="dot" /> <span className="dot" /> <span className="dot" /> app.example.com
          </div>
          <Tabs
            label="App and inbox"
            selected={appTab}
            onSelect={(tab) => session.setAppTab(tab)}
            tabs={[
              { id: 'app', label: 'App' },
              {
                id: 'inbox',
                name: `Inbox, ${inbox.length} message${inbox.length === 1 ? '' : 's'}`,
                label: <>Inbox {inbox.length > 0 && <span className="inbox-count">{inbox.length}</span>}</>,
              },
            ]}
            renderPanel={(tab) =>
              tab === 'app' ? (
                <>
                  {mode === 'guided' && view.lastAction?.typed && <TypedSummary typed={view.lastAction.typed} stepKey={props.typedKey} />}
                  <Screen {...props} />
                </>
              ) : (
                <Inbox
                  messages={inbox}
                  now={now}
                  {...(mode === 'free' && snapshot.can({ type: 'form.change', field: 'code', value: '' } as EventObject)
                    ? {
                        onUseCode: (code: string) => {
                          session.send({ type: 'form.change', field: 'code', value: code } as EventObject);
                          session.setAppTab('app');
                        },
                      }
                    : {})}
                />
              )
            }
          />
        </div>
        <p className="guided-hint">
          {mode === 'guided'
            ? '“Next step” types and presses for you. Switch to Free mode to type your own values and see what AWS answers.'
            : 'Free mode: type anything and press the buttons; the pool answers as AWS would. “Next step” only moves the text on.'}
        </p>
      </div>
    </>
  );
}
