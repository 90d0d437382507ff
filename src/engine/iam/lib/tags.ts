import type { TagRecord } from '../model';
import { invalidInput } from './errors';

/**
 * Tags as IAM keeps them, in the order given. [U] IAM's wording for a key given twice (keys are unique regardless of case).
 */
export function readTags(tags: TagRecord[] | undefined): TagRecord[] {
  const out = (tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
  const keys = out.map((t) => t.Key.toLowerCase());
  if (new Set(keys).size !== keys.length) throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
  return out;
}
