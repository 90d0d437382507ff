import { engineRows } from './engine';
for (let k = 0; k < 3; k++) console.log((await engineRows(200)).map((r) => `${r.name}: ${r.value.toFixed(3)}`).join('\n'));
