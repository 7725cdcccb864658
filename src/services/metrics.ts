/**
 * What the bot counts and times, as a port: services and the server call it, src/telemetry
 * implements it over OpenTelemetry. Nothing outside src/telemetry knows how it is exported.
 */
import type { TicketStatus } from '../domain/ticket';
import type { Lang } from '../domain/lang';
import { aroundAsyncMethods } from '../methods';

/** One incoming activity, described with bounded values only (no ids, no user text). */
export interface TurnKind {
  /** message, invoke, conversationUpdate, ... or `other`. */
  readonly activityType: string;
  /** For invokes: adaptiveCard/action, ... or `other`. */
  readonly invokeName?: string;
  /** For card actions: a known verb, or `unknown`. */
  readonly verb?: string;
}

/** How a question was met: an answer, the closest topics instead (abstained), or not read at all. */
export type FaqOutcome = 'answered' | 'abstained' | 'rejected';

/** created by the wizard, edited through it again, or changed from its card (number, withdrawal). */
export type TicketEvent = 'created' | 'edited' | 'changed';

/** A ticket card posted to a channel (`post`) or brought up to date where it was posted (`update`). */
export type DeliveryKind = 'post' | 'update';

export interface Metrics {
  /** Runs one turn, counting and timing it (and making it the current trace, where tracing is on). */
  turn<T>(kind: TurnKind, run: () => Promise<T>): Promise<T>;
  faqAsked(outcome: FaqOutcome, lang: Lang): void;
  faqVoted(helpful: boolean): void;
  ticketChanged(status: TicketStatus, event: TicketEvent): void;
  /** A store call failed for a reason other than a concurrent change. */
  databaseError(store: string, operation: string): void;
  /** The database stopped (false) or started again (true) answering: database calls fail at once meanwhile. */
  databaseAnswering(answering: boolean): void;
  delivered(kind: DeliveryKind, ok: boolean): void;
  /** Deliveries started and not finished yet. */
  deliveriesPending(count: number): void;
  deliveryRetried(kind: DeliveryKind): void;
  alertSent(kind: string): void;
  /** A request for no route (404) or with a method the route does not take (405): scanners, mostly. */
  unrouted(status: number): void;
}

/** What the server needs to answer GET /metrics. */
export interface MetricsPage {
  /** True when the request may read the metrics (no token configured, or the right bearer token). */
  authorized(authorizationHeader: string | undefined): boolean;
  /** The Prometheus text exposition of every instrument. */
  render(): Promise<string>;
}

/** Counts nothing: the default wherever telemetry is not wired (unit tests, scripts). */
export const noMetrics: Metrics = {
  turn: (_kind, run) => run(),
  faqAsked: () => undefined,
  faqVoted: () => undefined,
  ticketChanged: () => undefined,
  databaseError: () => undefined,
  databaseAnswering: () => undefined,
  delivered: () => undefined,
  deliveriesPending: () => undefined,
  deliveryRetried: () => undefined,
  alertSent: () => undefined,
  unrouted: () => undefined,
};

/**
 * The same object, except that every method returning a promise reports a rejection to
 * `metrics.databaseError(store, method)` (and still rejects). Errors `expected` says are part of
 * the protocol (a concurrent change) are not counted.
 */
export function countFailures<T extends object>(
  target: T,
  store: string,
  metrics: Metrics,
  expected: (error: unknown) => boolean = () => false,
): T {
  return aroundAsyncMethods(target, (method, result) =>
    result.catch((error: unknown) => {
      if (!expected(error)) metrics.databaseError(store, method);
      throw error;
    }),
  );
}
