import { SHUTDOWN_LIMITS, shutDown, type ShutdownSteps } from '../../src/shutdown';

/** Docker (docker stop, Compose) sends SIGKILL this long after SIGTERM unless told otherwise. */
const DOCKER_STOP_TIMEOUT_MS = 10_000;

const never = () => new Promise<void>(() => undefined);

describe('the shutdown', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('fits inside Docker’s default stop timeout with a margin, leaving the telemetry at least a second', () => {
    expect(SHUTDOWN_LIMITS.totalMs).toBeLessThanOrEqual(DOCKER_STOP_TIMEOUT_MS - 2_000);
    expect(
      SHUTDOWN_LIMITS.totalMs - SHUTDOWN_LIMITS.drainMs - SHUTDOWN_LIMITS.databaseMs,
    ).toBeGreaterThanOrEqual(1_000);
  });

  it('ends within SHUTDOWN_LIMITS.totalMs when every step hangs, having tried each one in order', async () => {
    const calls: string[] = [];
    let backgroundMs = -1;
    const steps: ShutdownSteps = {
      requests: () => (calls.push('requests'), never()),
      background: (timeoutMs) => ((backgroundMs = timeoutMs), calls.push('background'), never()),
      database: () => (calls.push('database'), never()),
      telemetry: () => (calls.push('telemetry'), never()),
    };
    let report: Awaited<ReturnType<typeof shutDown>> | undefined;
    void shutDown(steps).then((r) => (report = r));
    await jest.advanceTimersByTimeAsync(SHUTDOWN_LIMITS.totalMs - 1);
    expect(report).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(report?.cutShort).toEqual(['requests', 'background', 'database', 'telemetry']);
    expect(calls).toEqual(['requests', 'background', 'database', 'telemetry']);
    // The turns took the whole drain: the deliveries were told there was no time left.
    expect(backgroundMs).toBe(0);
  });

  it('gives the deliveries what the turns left of the drain, and the telemetry what the rest left', async () => {
    let backgroundMs = -1;
    let telemetryStartedAt = -1;
    const start = Date.now();
    const steps: ShutdownSteps = {
      requests: () => new Promise((done) => setTimeout(done, 1_500)),
      background: (timeoutMs) => ((backgroundMs = timeoutMs), never()),
      database: () => Promise.resolve(),
      telemetry: () => ((telemetryStartedAt = Date.now() - start), never()),
    };
    let report: Awaited<ReturnType<typeof shutDown>> | undefined;
    void shutDown(steps).then((r) => (report = r));
    await jest.advanceTimersByTimeAsync(SHUTDOWN_LIMITS.totalMs);
    expect(backgroundMs).toBe(SHUTDOWN_LIMITS.drainMs - 1_500);
    expect(telemetryStartedAt).toBe(SHUTDOWN_LIMITS.drainMs);
    expect(report?.cutShort).toEqual(['background', 'telemetry']);
  });

  it('ends at once when nothing is in flight, and goes on past a step that fails', async () => {
    const failure = new Error('the connection was already closed');
    const report = await shutDown({
      requests: () => Promise.resolve(),
      background: () => Promise.resolve(),
      database: () => Promise.reject(failure),
      telemetry: () => Promise.resolve(),
    });
    expect(report).toEqual({ cutShort: [], failed: [{ step: 'database', error: failure }] });
  });
});
