/**
 * AWS managed policies: a small read-only catalogue at `arn:aws:iam::aws:policy/<Name>`. Every account sees them; no
 * account can change them. SIMPLIFIED: only the policies the course uses, each at one version.
 */
import { AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY } from '../policy/presets';
import type { PolicyRecord } from '../model';

// [U] the catalogue's ids and dates: AWS shows real ones; these only keep the shape.
const CREATED = Date.UTC(2023, 0, 1);

function managed(name: string, policyId: string, description: string, document: object): PolicyRecord {
  return {
    PolicyName: name,
    PolicyId: policyId,
    Arn: `arn:aws:iam::aws:policy/${name}`,
    Path: '/',
    Description: description,
    DefaultVersionId: 'v1',
    CreateDate: CREATED,
    UpdateDate: CREATED,
    versions: [{ VersionId: 'v1', Document: JSON.stringify(document), CreateDate: CREATED }],
    nextVersion: 2,
    Tags: [],
  };
}

const CATALOGUE: readonly PolicyRecord[] = [
  managed(
    'AmazonCognitoUnAuthedIdentitiesSessionPolicy',
    'ANPAZKAPJZG4CGOCBAE5W',
    'The session policy Amazon Cognito applies to unauthenticated identities’ credentials (enhanced flow).',
    AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY,
  ),
];

/** An AWS managed policy by ARN, if the catalogue holds it (a copy: the catalogue is read-only). */
export function awsManagedPolicy(arn: string): PolicyRecord | undefined {
  const found = CATALOGUE.find((p) => p.Arn === arn);
  return found ? structuredClone(found) : undefined;
}

/** Every AWS managed policy the catalogue holds (copies). */
export function awsManagedPolicies(): PolicyRecord[] {
  return CATALOGUE.map((p) => structuredClone(p));
}

/** Whether an ARN names an AWS managed policy (`arn:aws:iam::aws:policy/…`). */
export const isAwsManagedArn = (arn: string): boolean => arn.startsWith('arn:aws:iam::aws:policy/');
