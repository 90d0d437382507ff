/** The flow's machine and its own actors, one chunk loaded by FlowDefinition.load. */
export { googleIdentityPoolMachine } from './machine';
export { createGoogleIdentityPoolActors } from './actors';
