/**
 * @module
 * Growth of `enrich`'s time on hostile paragraphs (`node bench/hostile.ts [filter] [--max=N]`):
 * for each repeated unit, one paragraph of it at 12.5k, 25k, 50k and 100k characters, the time of
 * each and the ratio of the largest to the smallest. Linear work gives a ratio near 8, quadratic
 * near 64. A filter keeps the units whose label contains it; `--max` stops at a smaller size.
 */
import { enrich } from '../src/entities/enrich.ts';

const UNITS: [label: string, unit: string][] = [
  ['name', 'Anna Cole '],
  ['name-comma', 'Anna Cole, '],
  ['name-said', 'Anna Cole said. '],
  ['initials', 'A. B. '],
  ['title', 'Mr '],
  ['title-name', 'Mr Anna Cole '],
  ['inner-caps', 'iPhone McDonald eBay '],
  ['inner-caps2', 'McDonald DeVito '],
  ['hyphen', 'Anna-Marie Cole-Smith '],
  ['hyphen-caps', 'McDonald-O’Brien '],
  ['cap-run', 'Alpha Beta Gamma Delta Epsilon Zeta Theta '],
  ['parens', '(Anna Cole) '],
  ['commas', 'a, b, c, '],
  ['of-the', 'the Bank of the '],
  ['unclosed-dq', '“Anna Cole said '],
  ['quote-dq', '“Yes,” she said. '],
  ['quote-sq', '‘Yes,’ she said. '],
  ['quote-ascii', '"Yes," she said. '],
  ['quote-apos', "'Yes,' she said. "],
  ['quote-guil', '«Yes,» she said. '],
  ['lower', 'the cat sat on the mat '],
];

const SIZES = [12_500, 25_000, 50_000, 100_000];
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const max = Number(args.find((a) => a.startsWith('--max='))?.slice(6) ?? Infinity);

const repeat = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

function time(text: string): number {
  const article = { headline: 'H', body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] };
  const start = performance.now();
  enrich(article);
  return performance.now() - start;
}

time(repeat('Anna Cole said. ', 2_000)); // warm up
for (const [label, unit] of UNITS) {
  if (filter && !label.includes(filter)) continue;
  const times = SIZES.filter((n) => n <= max).map((n) => time(repeat(unit, n)));
  const ratio = times.length > 1 ? (times.at(-1) as number) / Math.max(times[0] as number, 1) : 1;
  console.log(`${label.padEnd(12)} ${times.map((t) => `${t.toFixed(0).padStart(7)} ms`).join(' ')}   x${ratio.toFixed(1)}`);
}
