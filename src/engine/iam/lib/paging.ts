/**
 * IAM's list paging: at most MaxItems (default 100) a page; when more remain, IsTruncated is true and Marker names where
 * the next page starts. SIMPLIFIED: the marker is the sort key of the next item (AWS's is opaque), so a page asked for
 * after a deletion starts at the next item still there.
 */
export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

export function page<T>(items: T[], keyOf: (item: T) => string, request: { Marker?: string; MaxItems?: number }): Page<T> {
  const sorted = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const from = request.Marker === undefined ? sorted : sorted.filter((item) => keyOf(item) >= request.Marker!);
  const size = request.MaxItems ?? 100;
  const next = from[size];
  return next ? { items: from.slice(0, size), IsTruncated: true, Marker: keyOf(next) } : { items: from, IsTruncated: false };
}

/** The page as IAM's list answers write it: the items under `name`, IsTruncated, and Marker when truncated. */
export function listOutput<K extends string, T>(name: K, result: Page<T>): Record<K, T[]> & { IsTruncated: boolean; Marker?: string } {
  return { [name]: result.items, IsTruncated: result.IsTruncated, ...(result.Marker !== undefined ? { Marker: result.Marker } : {}) } as Record<K, T[]> & {
    IsTruncated: boolean;
    Marker?: string;
  };
}
