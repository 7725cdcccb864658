import type { IncomingMessage } from 'node:http';
import type { Activity, TurnContext } from 'botbuilder';
import { parseEnvelope, type ActivityEnvelope } from '../http/activityEnvelope';
import { readJsonBody } from '../http/readBody';
import type { Logger } from '../log';
import type { BotAdapter } from './adapter';
import { noMetrics, type Metrics } from '../services/metrics';
import { authenticateWith, bearerHeader } from './authentication';
import { describeTurn } from './turnKind';
import type { RepeatedMessages } from './repeatedMessages';

export interface IncomingDeps {
  readonly adapter: BotAdapter;
  readonly app: { run(context: TurnContext): Promise<boolean> };
  readonly log: Logger;
  /** BOT_ID is set: every request must carry a valid Bot Framework token. */
  readonly authentication: boolean;
  /** Counts and times every turn; nothing when absent. */
  readonly metrics?: Metrics;
  /** Messages already being answered or answered: a repeat of one gets 200 and no turn. None when absent. */
  readonly repeated?: RepeatedMessages;
}

/** What to answer on the HTTP request; the server writes it. */
export interface HttpAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The body was not read to its end: close the connection rather than read what is left. */
  readonly close?: boolean;
}

const UNAUTHORIZED: HttpAnswer = {
  status: 401,
  body: { error: 'Unauthorized', message: 'Authentication failed.' },
  headers: { 'WWW-Authenticate': 'Bearer' },
};

const UNAVAILABLE: HttpAnswer = {
  status: 503,
  body: { error: 'ServiceUnavailable', message: 'Authentication is temporarily unavailable.' },
  headers: { 'Retry-After': '30' },
};

/** The fields botbuilder's token validation reads (channel and service URL claims), as strings. */
function authenticationView(body: unknown): Partial<Activity> {
  const o = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return {
    channelId: typeof o.channelId === 'string' ? o.channelId : '',
    serviceUrl: typeof o.serviceUrl === 'string' ? o.serviceUrl : '',
  };
}

/** The envelope as botbuilder's Activity: timestamps become dates, the sent text kept as raw*. */
function toActivity(envelope: ActivityEnvelope): Activity {
  const { timestamp, localTimestamp, expiration, ...rest } = envelope;
  const date = (value: unknown) => (typeof value === 'string' ? new Date(value) : undefined);
  // The envelope checked every field the bot reads; the rest passes through as Teams sent it.
  return {
    ...rest,
    ...(timestamp !== undefined && { timestamp: date(timestamp), rawTimestamp: timestamp }),
    ...(localTimestamp !== undefined && {
      localTimestamp: date(localTimestamp),
      rawLocalTimestamp: localTimestamp,
    }),
    ...(typeof expiration === 'string' && { expiration: date(expiration), rawExpiration: expiration }),
  } as unknown as Activity;
}

/**
 * POST /api/messages, in the order that keeps an unauthenticated caller cheapest: the bearer token's
 * presence (before the body is read), the body (bounded, never inflated), the token's validity, the
 * envelope (bounded fields), then the turn. Every refusal is one structured warn line; nothing throws.
 */
export async function answerActivity(req: IncomingMessage, deps: IncomingDeps): Promise<HttpAnswer> {
  const { log } = deps;
  const authHeader = deps.authentication ? bearerHeader(req.headers.authorization) : '';
  if (authHeader === undefined) {
    log.warn({ status: 401, reason: 'no bearer token' }, 'request refused: authentication');
    return { ...UNAUTHORIZED, close: true };
  }

  const body = await readJsonBody(req);
  if (!body.ok) {
    log.warn({ status: body.status, reason: body.message }, 'request refused: body');
    return {
      status: body.status,
      body: { error: body.error, message: body.message },
      ...(body.status === 415 && { headers: { 'Accept-Encoding': 'identity' } }),
      close: body.unread,
    };
  }

  // Where restify's body parser would have put it, for handlers that look at the request afterwards.
  (req as IncomingMessage & { body?: unknown }).body = body.value;

  const auth = await authenticateWith(() =>
    deps.adapter.authenticate(authenticationView(body.value), authHeader),
  );
  if (!auth.ok) {
    log.warn({ status: auth.status, reason: auth.reason }, 'request refused: authentication');
    return auth.status === 401 ? UNAUTHORIZED : UNAVAILABLE;
  }

  // Past this point the caller is authenticated (or authentication is off): problems may be named.
  const envelope = parseEnvelope(body.value);
  if (!envelope.ok) {
    log.warn({ status: 400, problems: envelope.problems }, 'request refused: not a valid activity');
    return {
      status: 400,
      body: {
        error: 'BadRequest',
        message: 'The body is not a valid Bot Framework activity.',
        problems: envelope.problems,
      },
    };
  }

  const activity = toActivity(envelope.activity);
  // Teams delivers a message again when its answer was slow or failed: answered once, here.
  const once =
    activity.type === 'message' && typeof activity.id === 'string' && activity.id !== ''
      ? { conversationId: activity.conversation.id, activityId: activity.id }
      : undefined;
  if (once && deps.repeated && !deps.repeated.claim(once.conversationId, once.activityId)) {
    log.info({ activityId: once.activityId }, 'message delivered again: already answered');
    return { status: 200 };
  }
  try {
    const metrics = deps.metrics ?? noMetrics;
    const invoke = await deps.adapter.runAuthenticated(auth.result, activity, (context) =>
      metrics.turn(describeTurn(context.activity), () => deps.app.run(context)).then(() => undefined),
    );
    return { status: invoke?.status ?? 200, ...(invoke?.body !== undefined && { body: invoke.body }) };
  } catch (error) {
    if (once) deps.repeated?.release(once.conversationId, once.activityId);
    log.error({ err: error, activityId: activity.id }, 'adapter failed');
    return { status: 500, body: { error: 'InternalError' } };
  }
}
