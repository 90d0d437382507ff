/**
 * A session record in the format the simulator saved before the replay script (`cognito-simulator/session/v1`): every step's
 * cloud snapshot and persisted actor snapshot, built from a real walk of the sign-in lesson to its fourth step.
 */
import { createSession } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../lessons';

export async function v1Record(): Promise<string> {
  const script = guidedLessons[1]!.script;
  const session = await createSession({ keys: FIXTURE_KEYS });
  await session.openLesson(script, 0);
  const history: { cloud: unknown; actor: unknown; appTab: string }[] = [];
  const capture = () => {
    const view = session.getView();
    history.push({ cloud: session.cloudSnapshot(), actor: view.machine.getPersistedSnapshot(view.snapshot), appTab: view.appTab });
  };
  capture();
  for (let i = 1; i <= 3; i++) {
    await session.next();
    capture();
  }
  const view = session.getView();
  const record = {
    version: 1,
    lessonId: script.lessonId,
    flow: script.flow,
    scenario: script.scenario,
    setup: view.setup,
    stepIndex: 3,
    stepCount: script.steps.length,
    mode: view.mode,
    logStart: view.logStart,
    history,
  };
  session.dispose();
  return JSON.stringify(record);
}
