/** Checks a lesson's ids against the flow registry: content does not import flows, so the UI does it. Pure. */
import type { Lesson } from '../../content';
import { flows, isFlowId } from '../../flows/registry';
import { SCENARIO_IDS } from '../../flows/scenarios';
import { focusProblem } from '../inspectors/focus/checkFocus';
import { inspectorsFor } from '../inspectors/registry';

/** Flow, scenario and action ids the lesson names that the flow registry does not know, and focus tabs it lacks. */
export function checkLesson(lesson: Lesson): string[] {
  const problems: string[] = [];
  if (!isFlowId(lesson.flow)) {
    problems.push(`${lesson.file}: unknown flow "${lesson.flow}" in the front matter (known: ${Object.keys(flows).join(', ')}).`);
  }
  if (!(SCENARIO_IDS as string[]).includes(lesson.scenario)) {
    problems.push(`${lesson.file}: unknown scenario "${lesson.scenario}" in the front matter (known: ${SCENARIO_IDS.join(', ')}).`);
  }
  if (isFlowId(lesson.flow)) {
    const labels = flows[lesson.flow].labels;
    lesson.steps.forEach((step, i) => {
      if (step.action && !Object.hasOwn(labels, step.action)) {
        problems.push(`${lesson.file}: step ${i + 1} ("${step.title}") uses action "${step.action}", which the ${lesson.flow} flow does not have.`);
      }
    });
  }
  const tabs = inspectorsFor(lesson);
  lesson.steps.forEach((step, i) => {
    const problem = step.focus && focusProblem(step.focus, tabs);
    if (problem) problems.push(`${lesson.file}: step ${i + 1} ("${step.title}") ${problem}.`);
  });
  return problems;
}
