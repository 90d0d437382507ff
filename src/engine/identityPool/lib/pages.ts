import { CloudError } from '../../kernel/errors';

/**
 * One page of a list. SIMPLIFIED: the NextToken is the position of the next item (AWS's is opaque); a token that is not
 * one this list gave answers InvalidParameterException [U].
 */
export function page<T>(items: T[], maxResults: number, nextToken: string | undefined): { items: T[]; nextToken?: string } {
  const start = nextToken === undefined ? 0 : Number(nextToken);
  if (!Number.isInteger(start) || start < 0 || start > items.length) throw new CloudError('InvalidParameterException', 'The NextToken is invalid.');
  const end = start + maxResults;
  return end < items.length ? { items: items.slice(start, end), nextToken: String(end) } : { items: items.slice(start) };
}
