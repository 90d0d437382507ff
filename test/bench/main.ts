/**
 * `npm run bench [-- --journeys 200]`: performance figures, one part per file, printed as one table.
 * Parts return rows (test/bench/table.ts); add a part by adding it to PARTS.
 */
import { parseArgs } from 'node:util';
import { browserRows } from './browser';
import { engineRows } from './engine';
import { federationRows } from './federation';
import { hostedUiRows } from './hostedUi';
import { identityRows } from './identity';
import { formatTable, type BenchRow } from './table';

const { values } = parseArgs({ options: { journeys: { type: 'string', default: '200' } } });
const journeys = Number(values.journeys);

const PARTS: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'engine', run: () => engineRows(journeys) },
  { name: 'identity', run: () => identityRows(journeys) },
  { name: 'hosted UI', run: () => hostedUiRows(journeys) },
  { name: 'federation', run: () => federationRows(journeys) },
  { name: 'browser', run: () => browserRows() },
];

const rows: BenchRow[] = [];
for (const part of PARTS) {
  process.stdout.write(`running ${part.name}…\n`);
  rows.push(...(await part.run()));
}
console.log(`\n${formatTable(rows)}\n`);
const over = rows.filter((r) => r.verdict === 'OVER');
if (over.length > 0) {
  console.log(`OVER target: ${over.map((r) => r.name).join('; ')}`);
}
