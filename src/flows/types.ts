/**
 * The words flows, session and UI share: flow and screen ids, scenario setups, guided actions.
 * Plain types only; the machines live in `<flow>Machine.ts`.
 */
import type { AnyActorLogic, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { Cloud, OutboxMessage } from '../engine';

export type FlowId =
  | 'signUp'
  | 'signIn'
  | 'console'
  | 'story'
  | 'credentials'
  | 'classicFlow'
  | 'fourKinds'
  | 'syncDevices'
  | 'hostedUi'
  | 'machineToMachine'
  | 'googleIdentityPool';

/** Which screen of the mock app a state shows (`meta.screen` on every state). */
export type ScreenId =
  | 'signUp'
  | 'confirm'
  | 'confirmed'
  | 'signIn'
  | 'newPassword'
  | 'profile'
  | 'forgotPassword'
  | 'resetPassword'
  | 'signedOut'
  | 'poolSettings'
  | 'story'
  | 'identityStart'
  | 'identity'
  | 'developer'
  | 'classicFlow'
  | 'fourKindsChoose'
  | 'fourKindsActions'
  | 'syncDevices'
  | 'appIntegration'
  | 'hostedUiBrowser'
  | 'hostedUiSignedIn'
  | 'resourceServerForm'
  | 'machineClientForm'
  | 'machineJob'
  | 'googleSignIn'
  | 'googleBrowser'
  | 'googleIdentity';

export type ScenarioId =
  | 'none'
  | 'emptyPool'
  | 'unconfirmedUser'
  | 'confirmedUser'
  | 'signInReady'
  | 'adminCreatedUser'
  | 'guestPool'
  | 'threeSteps'
  | 'signedInElsewhere'
  | 'guestSignsUp'
  | 'classicPool'
  | 'fourKindsByToken'
  | 'fourKindsByRules'
  | 'syncDevices'
  | 'hostedUiSetup'
  | 'googleFederation'
  | 'oidcFederation'
  | 'samlFederation'
  | 'linkGoogleUser'
  | 'machineToMachine'
  | 'googleIdentityPool';

/** What a scenario built in the cloud, handed to a flow's machine as `input.setup`. */
export interface ScenarioSetup {
  userPoolId?: string;
  clientId?: string;
  username?: string;
  password?: string;
  /** The user has signed up and waits for a code: the sign-up flow opens on the code screen. */
  pendingConfirmation?: boolean;
  /** The identity pool (`us-east-1:<uuid>`). */
  identityPoolId?: string;
  /** The user pool's key in `Logins`: `cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  providerName?: string;
  /** The app's S3 bucket. */
  bucket?: string;
  /** The identity pool's roles. */
  authRoleName?: string;
  authRoleArn?: string;
  guestRoleName?: string;
  guestRoleArn?: string;
  /** Another identity of the pool, whose S3 prefix holds a note this user may not read. */
  otherIdentityId?: string;
  /** The cloud's default region: where the hosted UI's domain answers (`{domain}.auth.{region}.amazoncognito.com`). */
  region?: string;
  /** The pool's domain prefix, when the scenario created one. */
  domain?: string;
  /**
   * App integration as the scenario saved it (the domain, and the app client's callback, sign-out URL, OAuth flows and
   * scopes): the hosted UI flow then opens with these settings saved, ready to launch.
   */
  integration?: { domain: string; callbackUrl: string; signOutUrl: string; flows: string[]; scopes: string[] };
  /** The external identity provider the scenario added to the pool (its ProviderName), and whom it links. */
  identityProvider?: string;
  /** The app's own Google OAuth client id: what the identity pool's SupportedLoginProviders names for `accounts.google.com`. */
  googleClientId?: string;
}

/** An AWS error as flows keep it: the AWS code (`CodeMismatchException`) and AWS's message. */
export interface FlowError {
  code: string;
  message: string;
}

/** What a guided action does: events for the active machine, and optionally a tab to show or time to pass first. */
export interface GuidedPlan {
  events: EventObject[];
  appTab?: 'app' | 'inbox';
  clockAdvanceMs?: number;
}

export interface GuidedEnv {
  /** Every email and SMS sent so far: where guided steps read the codes they type. */
  outbox: readonly OutboxMessage[];
  snapshot: AnyMachineSnapshot;
  setup: ScenarioSetup;
  /** The lesson step being performed: `story.tell` reads its `message`, `label` and `cast`. */
  step?: { message?: string; label?: string; cast?: string };
}

/** A step a lesson can perform for the learner (`action=<id>` in lesson Markdown). */
export interface GuidedAction {
  label: string;
  plan(env: GuidedEnv): GuidedPlan;
}

/**
 * What a flow runs: its machine, actors of its own (its folder's), provided beside the cloud and identity actors, and the
 * plans of its guided actions (`commonGuided` and its `guided.ts`): a step is performed only once the machine runs.
 */
export interface FlowMachine {
  machine: AnyStateMachine;
  actors?: (cloud: Cloud) => Record<string, AnyActorLogic>;
  guided: Record<string, GuidedAction>;
}

export interface FlowDefinition {
  id: FlowId;
  title: string;
  /** The machine, the flow's own actors and its guided plans, loaded the first time a lesson runs the flow (chunks of their own). */
  load(): Promise<FlowMachine>;
  /**
   * The guided actions' labels by id (`commonLabels` and the flow's `labels.ts`), loaded with the page: the lesson text shows
   * them and checkLesson checks the ids. The same ids as `load()`'s `guided` (test/flows/guided.test.ts).
   */
  labels: Record<string, string>;
  /** The flow's steps involve an identity pool: its lessons get the Policies and Credentials inspectors. */
  identityPool?: true;
  /** The flow's steps involve a SAML identity provider: its lessons get the SAML assertion inspector. */
  saml?: true;
}

/** Any event the app's screens send a flow: `{ type: 'form.submit' }`, `{ type: 'form.change', field, value }`… */
export type AppEvent = { type: string; [member: string]: unknown };

/** The form every app screen edits: `{ type: 'form.change', field: 'username', value: 'abc.xyz@gmail.com' }`. */
export type FormChangeEvent = { type: 'form.change'; field: string; value: string };
export type FormSubmitEvent = { type: 'form.submit' };

/** The article's example user: who signs up and signs in in the lessons. */
export const ARTICLE_USER = { username: 'abc.xyz@gmail.com', email: 'abc.xyz@gmail.com', password: '#Abc1234' } as const;
/** Passwords the guided actions type. */
export const GUIDED_PASSWORDS = { weak: 'abc', wrong: '#Wrong9999', newPassword: '#Newpass123', reset: '#Reset5678', temporary: 'Temp#Pass1' } as const;
