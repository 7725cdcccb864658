/**
 * `npm run bench`: runs every benchmark module in turn and prints its report lines; progress goes
 * to stderr. `--quick` runs everything shorter (about 80 s), `--profile` takes CPU profiles of
 * the bot under load instead. Add a benchmark by writing a module that exports a BenchModule and
 * listing it in `benches`.
 */
import { cardsBench } from './cards';
import { faqBench } from './faq';
import { hostileBench } from './hostile';
import { loadBench } from './loadBench';
import { profileBench } from './profile';

export interface BenchOptions {
  /** A short run for development: fewer and shorter rounds, a short soak. */
  quick: boolean;
}

export interface BenchModule {
  name: string;
  /** Runs the benchmark and returns the lines to print. */
  run(options: BenchOptions): string[] | Promise<string[]>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !['--quick', '--profile'].includes(a));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')} (use --quick, --profile)`);
  const options: BenchOptions = { quick: args.includes('--quick') };
  const benches: readonly BenchModule[] = args.includes('--profile')
    ? [profileBench]
    : options.quick
      ? [faqBench, cardsBench, loadBench]
      : [faqBench, cardsBench, loadBench, hostileBench];
  const started = Date.now();
  for (const bench of benches) {
    console.log(`== ${bench.name}`);
    for (const line of await bench.run(options)) console.log(line);
  }
  console.log(
    `== done in ${Math.round((Date.now() - started) / 1000)} s${options.quick ? ' (--quick)' : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
