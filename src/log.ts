import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs. Secrets and full user text never go in at info level. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'csp-escalation-bot' },
    redact: {
      paths: ['*.password', '*.BOT_PASSWORD', '*.authorization', '*.headers.authorization'],
      remove: true,
    },
  });
}
