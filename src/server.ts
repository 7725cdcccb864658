import type { TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Logger } from './log';
import type { BotAdapter } from './bot/adapter';
import { answerActivity } from './bot/incoming';
import type { Metrics, MetricsPage } from './services/metrics';
import type { RepeatedMessages } from './bot/repeatedMessages';

export interface ServerDeps {
  adapter: BotAdapter;
  app: { run(context: TurnContext): Promise<boolean> };
  log: Logger;
  /** BOT_ID is set: Bot Framework authentication is on. */
  authentication: boolean;
  /** True while the database answers. */
  ready: () => Promise<boolean>;
  /** Counts and times every turn; nothing when absent. */
  metrics?: Metrics;
  /** Serves GET /metrics (Prometheus text); no such route when absent. */
  metricsPage?: MetricsPage;
  /** Messages already answered, so one Teams delivers again is answered once. */
  repeated?: RepeatedMessages;
}

export interface BotServer {
  readonly server: restify.Server;
  /** Resolves once every request in flight has finished. */
  drain(): Promise<void>;
}

/** Builds the HTTP server without listening, so tests can drive it on an ephemeral port. */
export function buildServer(deps: ServerDeps): BotServer {
  const server = restify.createServer({ name: 'csp-escalation-bot', handleUncaughtExceptions: false });
  // No body parser: /api/messages reads its own body, bounded and after the bearer token check.

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
    inFlight += 1;
    try {
      const answer = await answerActivity(req, deps);
      for (const [name, value] of Object.entries(answer.headers ?? {})) res.header(name, value);
      if (answer.close) res.header('Connection', 'close');
      if (answer.body === undefined) {
        res.status(answer.status);
        res.end();
      } else {
        res.send(answer.status, answer.body);
      }
    } catch (error) {
      deps.log.error({ err: error }, 'answering a request failed');
      if (!res.headersSent) res.send(500, { error: 'InternalError' });
    } finally {
      finished();
    }
  });

  // Load balancers and uptime checks often probe with HEAD: every GET route answers it too, with the
  // same status and headers and no body (Node leaves the body out of an answer to HEAD).
  const getAndHead = (path: string, handler: restify.RequestHandler) => {
    server.get(path, handler);
    server.head(path, handler);
  };

  getAndHead('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  getAndHead('/readyz', async (_req, res) => {
    const ok = await deps.ready();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'database unavailable' });
  });

  const metricsPage = deps.metricsPage;
  if (metricsPage) {
    // Prometheus text; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`.
    getAndHead('/metrics', async (req, res) => {
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

  // A path or method nobody serves (404, 405) is what scanners and stray probes send, many a second
  // at times: counted in cspbot_http_unrouted_total and logged at debug only, so they cannot flood
  // the log. Every other error restify answers stays a warn line.
  server.on('restifyError', (req, res, err, callback) => {
    // An error that is not an HTTP one (a handler threw) is answered 500.
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    const fields = { status, method: req.method, path: req.path?.() };
    if (status === 404 || status === 405) {
      deps.metrics?.unrouted(status);
      deps.log.debug(fields, err.message);
    } else {
      deps.log.warn(fields, err.message);
    }
    callback();
  });

  return {
    server,
    drain: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve))),
  };
}
