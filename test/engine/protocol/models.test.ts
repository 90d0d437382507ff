import { describe, expect, it } from 'vitest';
import model from '../../../src/engine/protocol/models/cognito-idp.json';
import { cognitoIdpActions } from '../../../src/engine/userPool/actions';
import type { ServiceModel } from '../../../src/engine/protocol/validate';

const cognitoIdp = model as ServiceModel;

describe('the bundled cognito-idp model', () => {
  it('comes from botocore and says how to regenerate it', () => {
    expect(model.botocoreVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(model.generatedBy).toContain('npx tsx src/engine/protocol/models/generate.ts cognito-idp');
    expect(model.metadata).toMatchObject({ protocol: 'json', jsonVersion: '1.1', targetPrefix: 'AWSCognitoIdentityProviderService' });
  });

  it('describes exactly the simulated actions (regenerate with --actions after adding one)', () => {
    expect(Object.keys(cognitoIdp.operations).sort()).toEqual(Object.keys(cognitoIdpActions).sort());
  });

  it('lists every action of the service, so a real but unsimulated action can be told from an unknown one', () => {
    expect(cognitoIdp.actions).toContain('AddCustomAttributes');
    expect(cognitoIdp.actions).toEqual(expect.arrayContaining(Object.keys(cognitoIdp.operations)));
    expect(cognitoIdp.actions!.length).toBeGreaterThan(100);
  });

  it('defines every shape it refers to, and no documentation', () => {
    const missing: string[] = [];
    const need = (name: string | undefined, from: string) => {
      if (name && !cognitoIdp.shapes[name]) missing.push(`${from} → ${name}`);
    };
    for (const [name, op] of Object.entries(cognitoIdp.operations)) {
      need(op.input, name);
      need(op.output, name);
      op.errors?.forEach((error) => need(error, name));
      expect(op.http).toMatchObject({ method: 'POST', requestUri: '/' });
    }
    for (const [name, shape] of Object.entries(cognitoIdp.shapes)) {
      for (const ref of [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value]) need(ref?.shape, name);
    }
    expect(missing).toEqual([]);
    expect(JSON.stringify(model)).not.toContain('"documentation"');
  });

  it('keeps error shapes with their exception flag', () => {
    expect(model.shapes.InvalidParameterException).toMatchObject({ type: 'structure', exception: true });
    expect(model.operations.SignUp.errors).toContain('UsernameExistsException');
  });
});
