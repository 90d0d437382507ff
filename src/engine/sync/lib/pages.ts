import { CloudError } from '../../kernel/errors';
import { SYNC_MESSAGES } from './messages';

/**
 * One page of a list. SIMPLIFIED: the NextToken is the position of the next item (AWS's is opaque); a token this list did
 * not give answers InvalidParameterException [U].
 */
export function page<T>(items: T[], maxResults: number, nextToken: string | undefined): { items: T[]; nextToken?: string } {
  const start = nextToken === undefined ? 0 : Number(nextToken);
  if (!/^\d+$/.test(nextToken ?? '0') || start > items.length) throw new CloudError('InvalidParameterException', SYNC_MESSAGES.badNextToken);
  const end = start + maxResults;
  return end < items.length ? { items: items.slice(start, end), nextToken: String(end) } : { items: items.slice(start) };
}
