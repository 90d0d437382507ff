import { describe, expect, it } from 'vitest';
import { INSPECTORS, inspectorsFor } from '../../src/ui/inspectors/registry';
import { loadCourse } from '../../src/content/load';
import { lessonFiles } from '../support/lessons';
import { flows } from '../../src/flows/registry';
import type { FlowDefinition } from '../../src/flows/types';

describe('the inspector registry', () => {
  it('shows every tab but the identity ones in a lesson that runs against the cloud, and only the diagrams in a story', () => {
    expect(inspectorsFor({ flow: 'signIn', scenario: 'signInReady' }).map((i) => i.label)).toEqual(['Sequence', 'State chart', 'Tokens', 'Requests', 'Users']);
    expect(inspectorsFor({ flow: 'story', scenario: 'none' }).map((i) => i.label)).toEqual(['Sequence', 'State chart']);
  });

  it('adds Policies and Credentials to the lessons of a flow whose steps involve an identity pool', () => {
    const flow = flows.console as FlowDefinition;
    flow.identityPool = true;
    try {
      expect(inspectorsFor({ flow: 'console', scenario: 'signInReady' }).map((i) => i.label)).toEqual([
        'Sequence',
        'State chart',
        'Tokens',
        'Requests',
        'Users',
        'Policies',
        'Credentials',
      ]);
      expect(inspectorsFor({ flow: 'console', scenario: 'signInReady' }).map((i) => i.id)).toEqual(INSPECTORS.map((i) => i.id));
    } finally {
      delete flow.identityPool;
    }
  });

  it('gives every lesson of the course at least the sequence diagram', () => {
    for (const lesson of loadCourse(lessonFiles('../../lessons/')).lessons) expect(inspectorsFor(lesson)[0]?.id).toBe('sequence');
  });
});
