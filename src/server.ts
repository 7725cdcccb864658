import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';
import { describeTurn } from './bot/turnKind';
import type { Logger } from './log';
import { noMetrics, type Metrics, type MetricsPage } from './services/metrics';

export interface ServerDeps {
  adapter: TeamsAdapter;
  app: { run(context: TurnContext): Promise<boolean> };
  log: Logger;
  /** True while the database answers. */
  ready: () => Promise<boolean>;
  /** Counts and times every turn; nothing when absent. */
  metrics?: Metrics;
  /** Serves GET /metrics (Prometheus text); no such route when absent. */
  metricsPage?: MetricsPage;
}

/** The minimum an incoming body must have before the adapter sees it. */
const ActivityEnvelope = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    serviceUrl: z.string().url().max(2048),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id: z.string().min(1).max(2048) }).passthrough(),
    from: z
      .object({ id: z.string().max(1024) })
      .passthrough()
      .optional(),
    text: z.string().max(100_000).optional(),
  })
  .passthrough();

export interface BotServer {
  readonly server: restify.Server;
  /** Resolves once every request in flight has finished. */
  drain(): Promise<void>;
}

/** Builds the HTTP server without listening, so tests can drive it on an ephemeral port. */
export function buildServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'csp-escalation-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  let inFlight = 0;
  let idle: (() => void)[] = [];
  const finished = () => {
    inFlight -= 1;
    if (inFlight === 0) {
      idle.forEach((resolve) => resolve());
      idle = [];
    }
  };

  server.post('/api/messages', async (req, res) => {
    const envelope = ActivityEnvelope.safeParse(req.body);
    if (!envelope.success) {
      const problems = envelope.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
      deps.log.warn({ problems }, 'rejected a request that is not a valid activity');
      res.send(400, {
        error: 'BadRequest',
        message: 'The body is not a valid Bot Framework activity.',
        problems,
      });
      return;
    }
    inFlight += 1;
    try {
      const metrics = deps.metrics ?? noMetrics;
      await deps.adapter.process(req, res, (context) =>
        metrics.turn(describeTurn(context.activity), () => deps.app.run(context)).then(() => undefined),
      );
    } catch (error) {
      deps.log.error({ err: error, activityId: envelope.data.id }, 'adapter failed');
      if (!res.headersSent) res.send(500, { error: 'InternalError' });
    } finally {
      finished();
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const ok = await deps.ready();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'database unavailable' });
  });

  const metricsPage = deps.metricsPage;
  if (metricsPage) {
    // Prometheus text; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`.
    server.get('/metrics', async (req, res) => {
      if (!metricsPage.authorized(req.header('authorization'))) {
        res.header('WWW-Authenticate', 'Bearer');
        res.send(401, { error: 'Unauthorized' });
        return;
      }
      const text = await metricsPage.render();
      res.header('content-type', 'text/plain; version=0.0.4; charset=utf-8');
      res.sendRaw(200, text);
    });
  }

  server.on('restifyError', (req, res, err, callback) => {
    deps.log.warn({ status: err.statusCode, path: req.path?.() }, err.message);
    callback();
  });

  return {
    server,
    drain: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve))),
  };
}
