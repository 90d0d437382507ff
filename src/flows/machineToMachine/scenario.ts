/**
 * The machine-to-machine lesson's starting point: the article's pool with its confirmed user and the shop's app client (it
 * allows USER_PASSWORD_AUTH, so the lesson can show a user's access token too), and a domain already created, so the
 * pool's token endpoint answers at `https://{domain}.auth.{region}.amazoncognito.com/oauth2/token`. No resource server
 * and no machine client yet: the developer creates both in the lesson.
 */
import type { Cloud } from '../../engine';
import type { ScenarioSetup } from '../types';

/** The pool's domain prefix in this lesson. */
export const MACHINE_DOMAIN = 'article-shop';

/** `base` is the article's pool, user and app client (scenarios.ts); the scenario adds the domain. */
export async function machineToMachineScenario(cloud: Cloud, base: ScenarioSetup): Promise<ScenarioSetup> {
  await cloud.cognitoIdp.createUserPoolDomain({ UserPoolId: base.userPoolId ?? '', Domain: MACHINE_DOMAIN });
  return { ...base, region: cloud.region, domain: MACHINE_DOMAIN };
}
