/**
 * The request diagram (flows/diagrams/sequence.ts, with who decides each request) in a chunk of its own: a story lesson
 * never draws one, so it loads the first time a lesson that makes requests shows its Sequence panel.
 */
import { useEffect, useState } from 'react';

type SequenceModule = typeof import('../../../flows/diagrams/sequence');

let loaded: SequenceModule | undefined;
let loading: Promise<SequenceModule> | undefined;

export function loadSequence(): Promise<SequenceModule> {
  return (loading ??= import('../../../flows/diagrams/sequence').then((module) => (loaded = module)));
}

/** The module once it has loaded (undefined before). */
export const sequenceModule = (): SequenceModule | undefined => loaded;

/** The module, loading it when `wanted`; undefined until it is in (the panel then says it is drawing). */
export function useSequenceModule(wanted: boolean): SequenceModule | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (wanted && !module) void loadSequence().then(setModule);
  }, [wanted, module]);
  return module ?? loaded;
}
