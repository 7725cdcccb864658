import autocannon from 'autocannon';
import type { Scenario } from './scenarios';
import { percentile } from './stats';

/** How one scenario is driven: for `durationS`, or for exactly `amount` requests. */
export interface LoadOptions {
  url: string;
  connections: number;
  durationS?: number;
  amount?: number;
  /** A request not answered in this time counts as a timeout (and an error). */
  timeoutS?: number;
  /** Prefix of every activity id sent, unique per phase. */
  tag: string;
}

/** What the load generator saw. */
export interface LoadFigures {
  /** Requests sent. */
  sent: number;
  /** 2xx answers. */
  ok: number;
  /** 2xx answers that were not what the scenario means (a stale card, a validation error, ...). */
  unsuccessful: number;
  /** The first few of those, as they came: where the connection stood, the status and the body. */
  rejected: Rejected[];
  non2xx: number;
  /** Connection errors other than timeouts. */
  connectionErrors: number;
  timeouts: number;
  /** From the first request to the last answer. */
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Activity ids of the messages answered with 2xx: each must have had its reply posted. */
  answeredIds: string[];
}

/** One 2xx answer the scenario did not accept. */
export interface Rejected {
  slot: number;
  /** Where the connection stood when it sent the request (the scenario's `where`), if it says. */
  where?: string;
  status: number;
  /** The start of the answer's body. */
  body: string;
}

/** How many rejected answers a phase keeps, and how much of each body. */
const KEPT_REJECTED = 50;
const BODY_EXCERPT = 400;

/**
 * Drives one scenario with autocannon: `connections` keep-alive connections, one request in flight
 * on each, every body made by the scenario for that connection (its slot) with a unique activity id.
 */
export function drive(scenario: Scenario, options: LoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  const answeredIds: string[] = [];
  let unsuccessful = 0;
  const rejected: Rejected[] = [];
  let slots = 0;
  let sent = 0;
  let first = 0;
  let last = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined
          ? { amount: options.amount }
          : { duration: options.durationS ?? 10 }),
        timeout: options.timeoutS ?? 10,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupClient(client) {
          const slot = slots++;
          let counter = 0;
          let pending: string | undefined;
          let expectsReply = false;
          client.setRequests([
            {
              method: 'POST',
              path: '/api/messages',
              setupRequest(request) {
                // Still waiting for the previous answer here means it timed out.
                if (pending !== undefined) scenario.abandoned?.(slot);
                pending = `${options.tag}.${slot}.${++counter}`;
                sent++;
                if (first === 0) first = performance.now();
                const body = scenario.request(slot, pending);
                expectsReply =
                  typeof scenario.replies === 'function' ? scenario.replies(slot) : scenario.replies;
                return { ...request, body };
              },
              onResponse(status, body) {
                last = performance.now();
                const id = pending;
                pending = undefined;
                if (status < 200 || status >= 300) return;
                const where = scenario.where?.(slot);
                if (scenario.accept && !scenario.accept(slot, body)) {
                  unsuccessful++;
                  if (rejected.length < KEPT_REJECTED)
                    rejected.push({
                      slot,
                      ...(where !== undefined && { where }),
                      status,
                      body: body.slice(0, BODY_EXCERPT),
                    });
                }
                if (expectsReply && id !== undefined) answeredIds.push(id);
              },
            },
          ]);
        },
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const seconds = first > 0 && last > first ? (last - first) / 1000 : result.duration;
        resolve({
          sent,
          ok: result['2xx'],
          unsuccessful,
          rejected,
          non2xx: result.non2xx,
          connectionErrors: result.errors - result.timeouts,
          timeouts: result.timeouts,
          seconds,
          p50Ms: percentile(latencies, 50),
          p99Ms: percentile(latencies, 99),
          answeredIds,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}
