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

/**
 * Tag and Untag calls on one resource: a key given again replaces its value (keys compared regardless of case [U]), and
 * untagging a key the resource lacks is no error. [U] the order: tags keep their first place.
 */
export function withTags(current: readonly TagRecord[], added: TagRecord[] | undefined): TagRecord[] {
  const out = current.map((t) => ({ ...t }));
  for (const tag of readTags(added)) {
    const found = out.find((t) => t.Key.toLowerCase() === tag.Key.toLowerCase());
    if (found) found.Value = tag.Value;
    else out.push(tag);
  }
  return out;
}

export function withoutTags(current: readonly TagRecord[], keys: readonly string[]): TagRecord[] {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  return current.filter((t) => !drop.has(t.Key.toLowerCase())).map((t) => ({ ...t }));
}
