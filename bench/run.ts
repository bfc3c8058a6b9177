/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) one after
 * another and prints their rows (one or a few per bench): what, size, figure, reference, and
 * the ratio to the reference measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type BenchRow = {
  what: string;
  size: string;
  figure: string;
  reference: string;
  ratio: number;
};

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const started = performance.now();
  const mod = (await import(new URL(file, import.meta.url).href)) as {
    run: () => Promise<BenchRow | BenchRow[]>;
  };
  rows.push(...[await mod.run()].flat());
  console.error(`${file}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const header = ['what', 'size', 'figure', 'reference', 'ratio'];
const table = rows.map((r) => [r.what, r.size, r.figure, r.reference, r.ratio.toFixed(3)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));
