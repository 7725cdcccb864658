import { z } from 'zod';
import type { Logger } from '../log';

const Limits = z.object({
  timeoutMs: z.number().int().positive(),
  probeEveryMs: z.number().int().positive().default(1_000),
});

export interface DatabaseBreakerOptions {
  /** Asks the server whether it answers (a ping); rejects, or never settles, when it does not. */
  probe: () => Promise<unknown>;
  /** How long a probe may take: the operation timeout. */
  timeoutMs: number;
  /** The least time from the start of one probe to the start of the next, while open. */
  probeEveryMs?: number;
  log?: Logger;
  /** Told each time the database stops (false) or starts again (true) answering. */
  onChange?: (answering: boolean) => void;
}

type ProbeResult = { answered: true } | { answered: false; reason: unknown };

/**
 * Whether the database answers, shared by every store of one connection. A call that times out or
 * cannot reach the server opens it; while open, database calls fail at once instead of each waiting
 * for its own timeout, and one background ping at a time (at most one every `probeEveryMs`) closes
 * it as soon as the server answers. So a turn waits at most about one timeout on a dead database,
 * however many calls it makes, and nothing needs to be restarted when it comes back.
 */
export class DatabaseBreaker {
  private readonly timeoutMs: number;
  private readonly probeEveryMs: number;
  /** When it opened (ms since the epoch); undefined while closed. */
  private openedAt: number | undefined;
  private probing: Promise<ProbeResult> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Calls in flight, each told once if the breaker opens before they settle. */
  private readonly inFlight = new Set<() => void>();

  constructor(private readonly options: DatabaseBreakerOptions) {
    ({ timeoutMs: this.timeoutMs, probeEveryMs: this.probeEveryMs } = Limits.parse({
      timeoutMs: options.timeoutMs,
      probeEveryMs: options.probeEveryMs,
    }));
  }

  /** False from the moment the database is known not to answer until it answers a probe. */
  get answering(): boolean {
    return this.openedAt === undefined;
  }

  /** Registers a call in flight: `giveUp` runs if the breaker opens first. Returns the release. */
  whileInFlight(giveUp: () => void): () => void {
    this.inFlight.add(giveUp);
    return () => this.inFlight.delete(giveUp);
  }

  /**
   * The database did not answer (`reason`): calls fail at once from now on, and probing starts at
   * once. The calls in flight are given up when it is `confirmed` (the server could not be reached,
   * or did not answer a ping) and otherwise only if the first ping is not answered either: one call
   * that was slow on a server that answers fails alone, and the others in flight go on.
   */
  open(reason: unknown, confirmed = true): void {
    if (this.stopped || this.openedAt !== undefined) return;
    this.openedAt = Date.now();
    this.options.log?.warn(
      { err: reason },
      'the database is not answering: database calls fail at once until it answers a ping',
    );
    this.options.onChange?.(false);
    if (confirmed) this.giveUpInFlight();
    this.probeSoon(0);
  }

  private giveUpInFlight(): void {
    const waiting = [...this.inFlight];
    this.inFlight.clear();
    for (const giveUp of waiting) giveUp();
  }

  /** Something takes longer than usual (or readiness failed): ask the server now, open if it does not answer. */
  suspect(): void {
    if (this.stopped || this.openedAt !== undefined) return;
    void this.probe().then((result) => {
      if (!result.answered) this.open(result.reason);
    });
  }

  /** Stops probing; nothing opens it any more (the connection is being closed). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.inFlight.clear();
  }

  /** One ping at a time, bounded by the timeout; callers asking while one runs share it. */
  private probe(): Promise<ProbeResult> {
    this.probing ??= this.pingOnce().finally(() => (this.probing = undefined));
    return this.probing;
  }

  private async pingOnce(): Promise<ProbeResult> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(
        () =>
          resolve({ answered: false, reason: new Error(`no answer to a ping within ${this.timeoutMs} ms`) }),
        this.timeoutMs,
      );
    });
    const answered = Promise.resolve()
      .then(() => this.options.probe())
      .then(
        (): ProbeResult => ({ answered: true }),
        (reason: unknown): ProbeResult => ({ answered: false, reason }),
      );
    try {
      return await Promise.race([answered, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private probeSoon(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probeWhileOpen(), delayMs);
    // An open breaker never keeps the process alive on its own.
    this.timer.unref();
  }

  private async probeWhileOpen(): Promise<void> {
    const started = Date.now();
    const result = await this.probe();
    if (this.stopped || this.openedAt === undefined) return;
    if (!result.answered) {
      this.giveUpInFlight();
      this.probeSoon(Math.max(0, this.probeEveryMs - (Date.now() - started)));
      return;
    }
    const downMs = Date.now() - this.openedAt;
    this.openedAt = undefined;
    this.options.log?.info({ downMs }, 'the database answers again');
    this.options.onChange?.(true);
  }
}
