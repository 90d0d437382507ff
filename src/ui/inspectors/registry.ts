/**
 * The inspectors: one entry per tab, one folder per panel. A tab appears in the lessons it applies to; adding an
 * inspector is its folder and one line here.
 */
import { lazy, type ComponentType } from 'react';
import type { Lesson } from '../../content';
import { flows, isFlowId } from '../../flows/registry';
import { SequencePanel } from './sequence/SequencePanel';
import { StateChartPanel } from './stateChart/StateChartPanel';

// The tabs a lesson opens on (Sequence, State chart) come with the page; the others load when first shown.
const TokensTab = lazy(() => import('./tokens').then((m) => ({ default: m.TokensTab })));
const RequestsTab = lazy(() => import('./requests').then((m) => ({ default: m.RequestsTab })));
const UsersTab = lazy(() => import('./users').then((m) => ({ default: m.UsersTab })));
const PoliciesTab = lazy(() => import('./policies').then((m) => ({ default: m.PoliciesTab })));
const CredentialsTab = lazy(() => import('./credentials').then((m) => ({ default: m.CredentialsTab })));
const SamlTab = lazy(() => import('./saml').then((m) => ({ default: m.SamlTab })));

export interface Inspector {
  id: string;
  label: string;
  /** Whether the tab belongs in this lesson: a story sends no requests and has no pool, tokens or users to show. */
  appliesTo(lesson: Pick<Lesson, 'flow' | 'scenario'>): boolean;
  /** Rendered with the open lesson. */
  Panel: ComponentType<{ lesson?: Lesson }>;
}

const everywhere = () => true;
const withCloud = (lesson: Pick<Lesson, 'flow' | 'scenario'>) => lesson.flow !== 'story' && lesson.scenario !== 'none';
/** The lesson's flow involves an identity pool (`identityPool: true` on its FlowDefinition). */
const withIdentityPool = (lesson: Pick<Lesson, 'flow' | 'scenario'>) => isFlowId(lesson.flow) && flows[lesson.flow].identityPool === true;
/** Scenarios of flows used for more than SAML (the hosted UI) whose cloud has a SAML provider. */
const SAML_SCENARIOS: readonly string[] = ['samlFederation'];
/** The lesson involves a SAML identity provider: its flow says so (`saml: true` on its FlowDefinition), or its scenario has one. */
const withSaml = (lesson: Pick<Lesson, 'flow' | 'scenario'>) =>
  (isFlowId(lesson.flow) && flows[lesson.flow].saml === true) || SAML_SCENARIOS.includes(lesson.scenario);

export const INSPECTORS: readonly Inspector[] = [
  { id: 'sequence', label: 'Sequence', appliesTo: everywhere, Panel: SequencePanel },
  { id: 'stateChart', label: 'State chart', appliesTo: everywhere, Panel: StateChartPanel },
  { id: 'tokens', label: 'Tokens', appliesTo: withCloud, Panel: TokensTab },
  { id: 'requests', label: 'Requests', appliesTo: withCloud, Panel: RequestsTab },
  { id: 'users', label: 'Users', appliesTo: withCloud, Panel: UsersTab },
  { id: 'policies', label: 'Policies', appliesTo: withIdentityPool, Panel: PoliciesTab },
  { id: 'credentials', label: 'Credentials', appliesTo: withIdentityPool, Panel: CredentialsTab },
  { id: 'saml', label: 'SAML', appliesTo: withSaml, Panel: SamlTab },
];

/** The inspectors of a lesson, in tab order. */
export function inspectorsFor(lesson: Pick<Lesson, 'flow' | 'scenario'>): Inspector[] {
  return INSPECTORS.filter((i) => i.appliesTo(lesson));
}
