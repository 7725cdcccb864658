/**
 * `npm run bench`: runs every benchmark module in turn and prints its report lines.
 * Add a benchmark by writing a module that exports a BenchModule and listing it in `benches`.
 */
import { faqBench } from './faq';
import { hostileBench } from './hostile';
import { turnsBench } from './turns';

export interface BenchModule {
  name: string;
  /** Runs the benchmark and returns the lines to print. */
  run(): string[] | Promise<string[]>;
}

const benches: readonly BenchModule[] = [faqBench, turnsBench, hostileBench];

async function main(): Promise<void> {
  for (const bench of benches) {
    console.log(`== ${bench.name}`);
    for (const line of await bench.run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
