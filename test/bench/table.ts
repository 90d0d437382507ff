/** One line of the bench report. Parts (engine, browser, …) each return rows; main.ts prints them as one table. */
export interface BenchRow {
  part: string;
  name: string;
  value: number;
  unit: string;
  /** What the value should be, in words: `≤ 2×`. */
  target?: string;
  /** Only on rows that have a target. */
  verdict?: 'PASS' | 'OVER';
}

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.part, r.name, `${r.value.toFixed(r.value >= 100 ? 0 : 2)} ${r.unit}`, r.target ?? '', r.verdict ?? '']);
  const header = ['part', 'measure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i === 2 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
