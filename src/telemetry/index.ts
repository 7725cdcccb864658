/**
 * OpenTelemetry: one set of instruments, exported as Prometheus text (GET /metrics, read on demand)
 * and to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set. Every OpenTelemetry
 * import of the bot lives in this folder; the rest of the code sees the Metrics port only.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { AzureMonitorMetricExporter, AzureMonitorTraceExporter } from '@azure/monitor-opentelemetry-exporter';
import {
  SpanKind,
  SpanStatusCode,
  context,
  trace,
  type Attributes,
  type Counter,
  type Histogram,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { PrometheusExporter, PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader, type IMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { TICKET_STATUSES } from '../domain/ticket';
import type { Metrics, MetricsPage, TurnKind } from '../services/metrics';

export interface TelemetryOptions {
  /** Serve the Prometheus text (GET /metrics). */
  prometheus: boolean;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  token?: string;
  applicationInsightsConnectionString?: string;
  /** How often metrics go to Azure Monitor. */
  exportIntervalMs?: number;
  serviceVersion?: string;
}

export interface Telemetry {
  readonly metrics: Metrics;
  /** Present when the Prometheus text is served. */
  readonly page?: MetricsPage;
  /** Sends what is buffered (Azure Monitor) and stops the exporters. */
  shutdown(): Promise<void>;
}

/** Latency buckets in seconds: an invoke must be answered within 5 s, so resolution matters below that. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

/** A context manager is process-wide in OpenTelemetry; it is set once, by the first telemetry started. */
let contextManagerSet = false;

function sameToken(expected: string, header: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  // Hash both sides, so the comparison takes the same time whatever the lengths.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(match[1]));
}

export function startTelemetry(options: TelemetryOptions): Telemetry {
  if (!contextManagerSet) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    contextManagerSet = true;
  }
  const resource = resourceFromAttributes({
    'service.name': 'csp-escalation-bot',
    ...(options.serviceVersion && { 'service.version': options.serviceVersion }),
  });
  const connectionString = options.applicationInsightsConnectionString;

  const readers: IMetricReader[] = [];
  const prometheus = options.prometheus ? new PrometheusExporter({ preventServerStart: true }) : undefined;
  if (prometheus) readers.push(prometheus);
  if (connectionString) {
    readers.push(
      new PeriodicExportingMetricReader({
        exporter: new AzureMonitorMetricExporter({ connectionString }),
        exportIntervalMillis: options.exportIntervalMs ?? 60_000,
      }),
    );
  }
  const meterProvider = new MeterProvider({ resource, readers });

  // Spans give every log line of a turn its trace id; they leave the process only for Azure Monitor.
  const spanProcessors: SpanProcessor[] = connectionString
    ? [new BatchSpanProcessor(new AzureMonitorTraceExporter({ connectionString }))]
    : [];
  const tracerProvider = new BasicTracerProvider({ resource, spanProcessors });
  const tracer = tracerProvider.getTracer('csp-escalation-bot');

  const meter = meterProvider.getMeter('csp-escalation-bot');
  const turns = meter.createCounter('cspbot.turns', {
    description: 'Activities handled, by activity type and outcome',
  });
  const turnDuration = meter.createHistogram('cspbot.turn_duration_seconds', {
    description: 'Time to handle an activity',
    unit: 's',
    advice: { explicitBucketBoundaries: LATENCY_BUCKETS },
  });
  const invokes = meter.createCounter('cspbot.invokes', {
    description: 'Invoke activities handled (card actions), by invoke name, verb and outcome',
  });
  const invokeDuration = meter.createHistogram('cspbot.invoke_duration_seconds', {
    description: 'Time to answer an invoke (Teams waits at most 5 s)',
    unit: 's',
    advice: { explicitBucketBoundaries: LATENCY_BUCKETS },
  });
  const faqQuestions = meter.createCounter('cspbot.faq.questions', {
    description: 'Questions put to the FAQ, by outcome (answered, abstained, rejected) and language',
  });
  const faqVotes = meter.createCounter('cspbot.faq.votes', {
    description: 'Helpful / Not helpful votes on FAQ answers',
  });
  const tickets = meter.createCounter('cspbot.tickets', {
    description: 'Tickets reaching a status, by status and event (created, edited, changed)',
  });
  const databaseErrors = meter.createCounter('cspbot.database.errors', {
    description: 'Failed database operations, by store and operation',
  });
  const databaseAnswering = meter.createGauge('cspbot.database.answering', {
    description: '1 while the database answers, 0 while database calls fail at once (it did not answer)',
  });
  const deliveries = meter.createCounter('cspbot.deliveries', {
    description: 'Ticket cards posted or updated in Teams, by kind and outcome',
  });
  const deliveriesPending = meter.createGauge('cspbot.deliveries.pending', {
    description: 'Ticket card deliveries started and not finished',
  });
  const deliveriesRetried = meter.createCounter('cspbot.deliveries.retried', {
    description: 'Ticket card deliveries tried again',
  });
  const alertsSent = meter.createCounter('cspbot.alerts.sent', {
    description: 'Alerts sent, by kind',
  });
  const unrouted = meter.createCounter('cspbot.http.unrouted', {
    description: 'Requests for no route (404) or with a method the route does not take (405)',
  });
  // Series that nothing may have fed yet still show, at zero, so dashboards and alerts can rely on them.
  const zero = (counter: Counter, attributes: Attributes = {}) => counter.add(0, attributes);
  for (const status of TICKET_STATUSES) zero(tickets, { status, event: 'created' });
  zero(databaseErrors);
  zero(deliveriesRetried);
  zero(alertsSent);
  for (const status of ['404', '405']) zero(unrouted, { status });
  deliveriesPending.record(0);
  // The bot starts only once the database has answered.
  databaseAnswering.record(1);

  const time = async <T>(
    counter: Counter,
    histogram: Histogram,
    attributes: Attributes,
    run: () => Promise<T>,
  ): Promise<T> => {
    const started = process.hrtime.bigint();
    let outcome = 'ok';
    try {
      return await run();
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      histogram.record(Number(process.hrtime.bigint() - started) / 1e9, attributes);
      counter.add(1, { ...attributes, outcome });
    }
  };

  const metrics: Metrics = {
    turn(kind: TurnKind, run) {
      const name =
        kind.activityType === 'invoke' ? `invoke ${kind.invokeName ?? 'other'}` : kind.activityType;
      return tracer.startActiveSpan(`turn ${name}`, { kind: SpanKind.SERVER }, async (span) => {
        span.setAttributes({
          'bot.activity.type': kind.activityType,
          ...(kind.invokeName && { 'bot.invoke.name': kind.invokeName }),
          ...(kind.verb && { 'bot.card.verb': kind.verb }),
        });
        try {
          const timed = () => time(turns, turnDuration, { activity_type: kind.activityType }, run);
          if (kind.activityType !== 'invoke') return await timed();
          const attributes = { invoke_name: kind.invokeName ?? 'other', verb: kind.verb ?? 'none' };
          return await time(invokes, invokeDuration, attributes, timed);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      });
    },
    faqAsked: (outcome, lang) => faqQuestions.add(1, { outcome, lang }),
    faqVoted: (helpful) => faqVotes.add(1, { helpful: String(helpful) }),
    ticketChanged: (status, event) => tickets.add(1, { status, event }),
    databaseError: (store, operation) => databaseErrors.add(1, { store, operation }),
    databaseAnswering: (answering) => databaseAnswering.record(answering ? 1 : 0),
    delivered: (kind, ok) => deliveries.add(1, { kind, outcome: ok ? 'delivered' : 'failed' }),
    deliveriesPending: (count) => deliveriesPending.record(count),
    deliveryRetried: (kind) => deliveriesRetried.add(1, { kind }),
    alertSent: (kind) => alertsSent.add(1, { kind }),
    unrouted: (status) => unrouted.add(1, { status: String(status) }),
  };

  const serializer = new PrometheusSerializer();
  const page: MetricsPage | undefined = prometheus && {
    authorized: (header) => (options.token ? sameToken(options.token, header) : true),
    async render() {
      const { resourceMetrics } = await prometheus.collect();
      return serializer.serialize(resourceMetrics);
    },
  };

  return {
    metrics,
    ...(page && { page }),
    async shutdown() {
      await Promise.allSettled([meterProvider.shutdown(), tracerProvider.shutdown()]);
    },
  };
}

/** The current trace and span ids, for log lines written inside a turn. */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
