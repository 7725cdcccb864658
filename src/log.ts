import pino from 'pino';
import { traceFields } from './telemetry';

export type Logger = pino.Logger;

/** Structured JSON logs. Secrets and full user text never go in at info level. Tests pass a destination. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'csp-escalation-bot' },
    // Inside a turn, every line carries its trace_id and span_id (the same ids Azure Monitor shows).
    mixin: traceFields,
    redact: {
      paths: [
        '*.password',
        '*.BOT_PASSWORD',
        '*.SECRET_BOT_PASSWORD',
        '*.METRICS_TOKEN',
        '*.authorization',
        '*.headers.authorization',
      ],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
