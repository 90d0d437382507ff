import { describe, expect, it } from 'vitest';
import { INSPECTORS, inspectorsFor } from '../../src/ui/inspectors/registry';
import { loadCourse } from '../../src/content/load';
import { lessonFiles } from '../support/lessons';

describe('the inspector registry', () => {
  it('shows every tab in a lesson that runs against the cloud, and only the diagrams in a story', () => {
    expect(inspectorsFor({ flow: 'signIn', scenario: 'signInReady' }).map((i) => i.id)).toEqual(INSPECTORS.map((i) => i.id));
    expect(inspectorsFor({ flow: 'story', scenario: 'none' }).map((i) => i.label)).toEqual(['Sequence', 'State chart']);
  });

  it('gives every lesson of the course at least the sequence diagram', () => {
    for (const lesson of loadCourse(lessonFiles('../../lessons/')).lessons) expect(inspectorsFor(lesson)[0]?.id).toBe('sequence');
  });
});
