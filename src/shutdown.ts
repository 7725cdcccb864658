/**
 * How long stopping may take, step by step. Docker (`docker stop`, Compose) kills a container 10 s
 * after SIGTERM unless told otherwise, and other platforms give as little: the whole shutdown fits in
 * 8 s, so the database is closed and the telemetry sent even there. What is cut short is safe to cut:
 * a turn still running after 5 s has outlived what Teams waits for (it delivers a message again, a
 * ticket submission is idempotent), and a card delivery not finished stays recorded for the next start.
 */
export const SHUTDOWN_LIMITS = {
  /** From the signal to the end: everything, whatever hangs. */
  totalMs: 8_000,
  /** Turns in flight, then card deliveries in flight, both within this from the signal. */
  drainMs: 5_000,
  /** Closing the database connection (and stopping the embedded database). */
  databaseMs: 1_000,
  // The telemetry flush gets what is left of totalMs: at least 2 s.
} as const;

export type ShutdownLimits = { readonly [K in keyof typeof SHUTDOWN_LIMITS]: number };

export interface ShutdownSteps {
  /** Stops accepting requests; resolves once those in flight are answered. */
  requests(): Promise<void>;
  /** Stops background work (card deliveries), waiting at most `timeoutMs` for what is in flight. */
  background(timeoutMs: number): Promise<void>;
  database(): Promise<void>;
  telemetry(): Promise<void>;
}

export type ShutdownStep = keyof ShutdownSteps;

/** What did not finish in its time, and what failed; the shutdown went on past both. */
export interface ShutdownReport {
  readonly cutShort: ShutdownStep[];
  readonly failed: { step: ShutdownStep; error: unknown }[];
}

/**
 * Runs the steps in order, each bounded by what is left of its share of `limits`, so the whole takes
 * at most `limits.totalMs`. A step that fails or hangs does not stop the ones after it.
 */
export async function shutDown(
  steps: ShutdownSteps,
  limits: ShutdownLimits = SHUTDOWN_LIMITS,
  now: () => number = Date.now,
): Promise<ShutdownReport> {
  const start = now();
  const report: ShutdownReport = { cutShort: [], failed: [] };
  const left = (untilMs: number) => Math.max(0, start + untilMs - now());
  const run = async (step: ShutdownStep, work: () => Promise<void>, timeoutMs: number) => {
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      Promise.resolve()
        .then(work)
        .then(
          () => 'done' as const,
          (error: unknown) => {
            report.failed.push({ step, error });
            return 'failed' as const;
          },
        ),
      new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (outcome === 'late') report.cutShort.push(step);
  };
  await run('requests', () => steps.requests(), left(limits.drainMs));
  const backgroundMs = left(limits.drainMs);
  await run('background', () => steps.background(backgroundMs), backgroundMs);
  await run('database', () => steps.database(), Math.min(limits.databaseMs, left(limits.totalMs)));
  await run('telemetry', () => steps.telemetry(), left(limits.totalMs));
  return report;
}
