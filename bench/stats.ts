/**
 * Pure helpers of the benchmarks: percentiles, ratios and the text tables they print. No I/O, so a
 * unit test can hold them (test/unit/bench/stats.test.ts).
 */

/** The nearest-rank percentile of `values` (0 < p ≤ 100); 0 for no values. Need not be sorted. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** `value / baseline`, or NaN when the baseline is zero or either is not a number. */
export function ratio(value: number, baseline: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return Number.NaN;
  return value / baseline;
}

/** Growth from the first to the last sample, as a fraction (0.05 for 5 %); NaN for fewer than two. */
export function growth(samples: readonly number[]): number {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (samples.length < 2 || first === undefined || last === undefined || first === 0) return Number.NaN;
  return (last - first) / first;
}

/** A number for a table cell: `digits` decimals, thousands separated; "–" for NaN or undefined. */
export function num(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A ratio cell: "0.65×"; "–" when it cannot be computed. */
export function times(value: number, digits = 2): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)}×` : '–';
}

/** The range of `values` as one cell: "0.61–0.66×", or a single value when they agree. */
export function range(values: readonly number[], format: (v: number) => string): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '–';
  const low = format(Math.min(...finite));
  const high = format(Math.max(...finite));
  return low === high ? low : `${low.replace(/×$/, '')}–${high}`;
}

/**
 * A text table: the first row is the header; columns separated by two spaces, the first
 * left-aligned and the others right-aligned unless `align` says otherwise ('l' or 'r' per column).
 */
export function table(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const left = (i: number) => (align[i] ?? (i === 0 ? 'l' : 'r')) === 'l';
  return rows.map((row) =>
    row
      .map((cell, i) => (left(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** One round of one scenario, as measured. */
export interface RoundFigures {
  turnsPerSecond: number;
  p99Ms: number;
  botCpuMsPerTurn: number;
}

/**
 * A scenario's figures against the baseline of the same round: throughput, p99 and bot CPU per
 * turn as ratios, one entry per round (rounds missing on either side are left out).
 */
export function ratiosToBaseline(
  scenario: readonly (RoundFigures | undefined)[],
  baseline: readonly (RoundFigures | undefined)[],
): { throughput: number[]; p99: number[]; cpu: number[] } {
  const out = { throughput: [] as number[], p99: [] as number[], cpu: [] as number[] };
  scenario.forEach((round, i) => {
    const base = baseline[i];
    if (!round || !base) return;
    out.throughput.push(ratio(round.turnsPerSecond, base.turnsPerSecond));
    out.p99.push(ratio(round.p99Ms, base.p99Ms));
    out.cpu.push(ratio(round.botCpuMsPerTurn, base.botCpuMsPerTurn));
  });
  return out;
}

/** Counts keyed by name: what `after` has more than `before` (names with no change left out). */
export function countDelta(
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [name, value] of Object.entries(after)) {
    const d = value - (before[name] ?? 0);
    if (d !== 0) delta[name] = d;
  }
  return delta;
}

/** Both sets of counts added up, name by name. */
export function addCounts(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const total: Record<string, number> = { ...a };
  for (const [name, value] of Object.entries(b)) total[name] = (total[name] ?? 0) + value;
  return total;
}

/** "drafts.find 1, drafts.update 1" (sorted by name); "none" for no counts. */
export function describeCounts(counts: Readonly<Record<string, number>>, digits = 0): string {
  const entries = Object.entries(counts)
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return 'none';
  return entries.map(([name, n]) => `${name} ${num(n, digits)}`).join(', ');
}

export function sum(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
