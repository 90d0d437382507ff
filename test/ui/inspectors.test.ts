import { describe, expect, it } from 'vitest';
import { INSPECTORS, inspectorsFor } from '../../src/ui/inspectors/registry';
import { loadCourse } from '../../src/content/load';
import { lessonFiles } from '../support/lessons';

describe('the inspector registry', () => {
  it('shows every tab but the identity ones in a lesson that runs against the cloud, and only the diagrams in a story', () => {
    expect(inspectorsFor({ flow: 'signIn', scenario: 'signInReady' }).map((i) => i.label)).toEqual(['Sequence', 'State chart', 'Tokens', 'Requests', 'Users']);
    expect(inspectorsFor({ flow: 'story', scenario: 'none' }).map((i) => i.label)).toEqual(['Sequence', 'State chart']);
  });

  it('adds Policies and Credentials to the lessons of a flow whose steps involve an identity pool', () => {
    for (const flow of ['credentials', 'classicFlow', 'fourKinds', 'syncDevices'] as const)
      expect(inspectorsFor({ flow, scenario: 'guestPool' }).map((i) => i.id)).toEqual(INSPECTORS.filter((i) => i.id !== 'saml').map((i) => i.id));
    expect(INSPECTORS.map((i) => i.label)).toEqual(['Sequence', 'State chart', 'Tokens', 'Requests', 'Users', 'Policies', 'Credentials', 'SAML']);
  });

  it('adds SAML only to the lessons whose cloud has a SAML provider: the SAML lesson', () => {
    const withSaml = loadCourse(lessonFiles('../../lessons/')).lessons.filter((lesson) => inspectorsFor(lesson).some((i) => i.id === 'saml'));
    expect(withSaml.map((lesson) => lesson.id)).toEqual(['saml-the-assertion-and-who-signs-it']);
  });

  it('gives every lesson of the course at least the sequence diagram', () => {
    for (const lesson of loadCourse(lessonFiles('../../lessons/')).lessons) expect(inspectorsFor(lesson)[0]?.id).toBe('sequence');
  });
});
