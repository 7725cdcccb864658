import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs. Secrets and full user text never go in at info level. Tests pass a destination. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'csp-escalation-bot' },
    redact: {
      paths: ['*.password', '*.BOT_PASSWORD', '*.authorization', '*.headers.authorization'],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
