/**
 * What the developer does beside the app, in the inspectors: saving an edited permissions policy of a role. It is a real
 * request through the cloud (IAM PutRolePolicy for an inline policy, CreatePolicyVersion set as default for a customer
 * managed one), sent as the account's administrator, so it is logged and drawn like any other. The session records it as
 * an event of the current step, so a reload replays it and "Previous step" leaves it behind.
 */
import { iam, type Cloud } from '../../engine';
import { toFlowError } from '../cloudActors';
import type { FlowError } from '../types';

export type DeveloperAction =
  | { action: 'PutRolePolicy'; input: { RoleName: string; PolicyName: string; PolicyDocument: string } }
  | { action: 'CreatePolicyVersion'; input: { PolicyArn: string; PolicyDocument: string; SetAsDefault: true } };

/** How the request was answered: nothing for a success, else AWS's code and message (MalformedPolicyDocument…). */
export interface DeveloperOutcome {
  error?: FlowError;
}

/** Sends the request; an error answer is returned, never thrown. */
export async function runDeveloperAction(cloud: Cloud, developer: DeveloperAction): Promise<DeveloperOutcome> {
  try {
    if (developer.action === 'PutRolePolicy') await cloud.call(iam, 'PutRolePolicy', { ...developer.input });
    else await cloud.call(iam, 'CreatePolicyVersion', { ...developer.input });
    return {};
  } catch (error) {
    return { error: toFlowError(error) };
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** Whether a value read from storage is a developer action this version can replay. */
export function isDeveloperAction(value: unknown): value is DeveloperAction {
  if (typeof value !== 'object' || value === null) return false;
  const { action, input } = value as { action?: unknown; input?: Record<string, unknown> };
  if (typeof input !== 'object' || input === null) return false;
  if (action === 'PutRolePolicy') return isText(input['RoleName']) && isText(input['PolicyName']) && isText(input['PolicyDocument']);
  if (action === 'CreatePolicyVersion') return isText(input['PolicyArn']) && isText(input['PolicyDocument']) && input['SetAsDefault'] === true;
  return false;
}
