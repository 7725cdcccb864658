import { Writable } from 'node:stream';
import { createLogger } from '../../../src/log';
import { countFailures, type Metrics } from '../../../src/services/metrics';
import { startTelemetry, traceFields } from '../../../src/telemetry';

/** `metric_name{labels} value` lines of the Prometheus text whose name and labels match. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('telemetry', () => {
  it('counts a failed turn as an error and lets the failure through', async () => {
    const telemetry = startTelemetry({ prometheus: true });
    await expect(
      telemetry.metrics.turn({ activityType: 'message' }, () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    await telemetry.metrics.turn({ activityType: 'message' }, async () => 'fine');
    const text = await telemetry.page!.render();
    expect(sample(text, 'cspbot_turns_total', 'activity_type="message",outcome="error"')).toBe(1);
    expect(sample(text, 'cspbot_turns_total', 'activity_type="message",outcome="ok"')).toBe(1);
    expect(sample(text, 'cspbot_turn_duration_seconds_count', 'activity_type="message"')).toBe(2);
    await telemetry.shutdown();
  });

  it('records deliveries, retries, alerts and database errors by their labels', async () => {
    const telemetry = startTelemetry({ prometheus: true });
    const m = telemetry.metrics;
    m.delivered('post', true);
    m.delivered('update', false);
    m.deliveriesPending(3);
    m.deliveryRetried('post');
    m.alertSent('response-target');
    m.databaseError('tickets', 'update');
    const text = await telemetry.page!.render();
    expect(sample(text, 'cspbot_deliveries_total', 'kind="post",outcome="delivered"')).toBe(1);
    expect(sample(text, 'cspbot_deliveries_total', 'kind="update",outcome="failed"')).toBe(1);
    expect(sample(text, 'cspbot_deliveries_pending', 'otel_scope_name')).toBe(3);
    expect(sample(text, 'cspbot_deliveries_retried_total', 'kind="post"')).toBe(1);
    expect(sample(text, 'cspbot_alerts_sent_total', 'kind="response-target"')).toBe(1);
    expect(sample(text, 'cspbot_database_errors_total', 'store="tickets",operation="update"')).toBe(1);
    await telemetry.shutdown();
  });

  it('counts requests for no route and with a wrong method by status, from zero', async () => {
    const telemetry = startTelemetry({ prometheus: true });
    expect(sample(await telemetry.page!.render(), 'cspbot_http_unrouted_total', 'status="404"')).toBe(0);
    telemetry.metrics.unrouted(404);
    telemetry.metrics.unrouted(404);
    telemetry.metrics.unrouted(405);
    const text = await telemetry.page!.render();
    expect(sample(text, 'cspbot_http_unrouted_total', 'status="404"')).toBe(2);
    expect(sample(text, 'cspbot_http_unrouted_total', 'status="405"')).toBe(1);
    await telemetry.shutdown();
  });

  it('shows whether the database answers: 1 from the start, 0 while it does not, 1 again after', async () => {
    const telemetry = startTelemetry({ prometheus: true });
    const m = telemetry.metrics;
    const answering = async () =>
      sample(await telemetry.page!.render(), 'cspbot_database_answering', 'otel_scope_name');
    expect(await answering()).toBe(1);
    m.databaseAnswering(false);
    expect(await answering()).toBe(0);
    m.databaseAnswering(true);
    expect(await answering()).toBe(1);
    await telemetry.shutdown();
  });

  it('serves nothing without Prometheus, and guards it with a bearer token when one is set', () => {
    expect(startTelemetry({ prometheus: false }).page).toBeUndefined();
    const token = 'x'.repeat(40);
    const page = startTelemetry({ prometheus: true, token }).page!;
    expect(page.authorized(undefined)).toBe(false);
    expect(page.authorized(token)).toBe(false);
    expect(page.authorized(`Bearer ${token.slice(1)}`)).toBe(false);
    expect(page.authorized(`Bearer ${token}`)).toBe(true);
    expect(page.authorized(`bearer ${token}`)).toBe(true);
    expect(startTelemetry({ prometheus: true }).page!.authorized(undefined)).toBe(true);
  });

  it('gives log lines inside a turn its trace id, and none outside', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const log = createLogger('info', sink);
    const telemetry = startTelemetry({ prometheus: false });
    const inside = await telemetry.metrics.turn({ activityType: 'message' }, async () => {
      log.info('inside');
      return traceFields();
    });
    log.info('outside');
    expect(inside.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[0]).toMatchObject({ msg: 'inside', trace_id: inside.trace_id, span_id: inside.span_id });
    expect(lines[1]?.msg).toBe('outside');
    expect(lines[1]).not.toHaveProperty('trace_id');
    expect(traceFields()).toEqual({});
  });
});

describe('countFailures', () => {
  const recorded: string[] = [];
  const metrics = { databaseError: (store: string, op: string) => recorded.push(`${store}.${op}`) };
  class Conflict extends Error {}
  const store = {
    value: 7,
    async get(id: string) {
      if (id === 'down') throw new Error('connection refused');
      if (id === 'race') throw new Conflict();
      return `${id}:${this.value}`;
    },
    name() {
      return 'plain';
    },
  };
  const counted = countFailures(store, 'things', metrics as unknown as Metrics, (e) => e instanceof Conflict);

  beforeEach(() => recorded.splice(0));

  it('passes results and plain values through unchanged', async () => {
    expect(await counted.get('a')).toBe('a:7');
    expect(counted.name()).toBe('plain');
    expect(counted.value).toBe(7);
    expect(recorded).toEqual([]);
  });

  it('counts a failure by store and method and still rejects', async () => {
    await expect(counted.get('down')).rejects.toThrow('connection refused');
    expect(recorded).toEqual(['things.get']);
  });

  it('does not count an expected conflict', async () => {
    await expect(counted.get('race')).rejects.toBeInstanceOf(Conflict);
    expect(recorded).toEqual([]);
  });
});
