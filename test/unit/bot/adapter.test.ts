import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../../src/bot/adapter';
import { loadConfig } from '../../../src/config';
import { t } from '../../../src/i18n';
import { createLogger } from '../../../src/log';

const config = loadConfig({ LOG_LEVEL: 'silent' });

describe('the turn-error handler', () => {
  const adapter = createAdapter(config, createLogger('silent'));

  const contexts: [string, unknown][] = [
    [
      'a locale that is not a string',
      {
        activity: { type: 'message', locale: { x: 1 } },
        sendActivity: async (): Promise<undefined> => undefined,
      },
    ],
    [
      'a send that throws at once',
      {
        activity: { type: 'message' },
        sendActivity: () => {
          throw new Error('no connector');
        },
      },
    ],
    [
      'a card action whose answer cannot be sent',
      {
        activity: { type: 'invoke', name: 'adaptiveCard/action', locale: 42 },
        sendActivity: () => Promise.reject(new Error('gone')),
      },
    ],
    [
      'an activity that cannot be read',
      {
        get activity(): never {
          throw new Error('unreadable');
        },
      },
    ],
    ['no activity at all', {}],
  ];
  it.each(contexts)('never throws, for %s', async (_name, context) => {
    await expect(
      adapter.onTurnError(context as unknown as TurnContext, new Error('turn failed')),
    ).resolves.toBeUndefined();
  });

  it('never throws when logging itself fails', async () => {
    const log = createLogger('silent');
    log.error = () => {
      throw new Error('log sink closed');
    };
    const failing = createAdapter(config, log);
    const context = { activity: { type: 'message' }, sendActivity: async () => undefined };
    await expect(
      failing.onTurnError(context as unknown as TurnContext, new Error('x')),
    ).resolves.toBeUndefined();
  });

  it('answers in the language of the locale, falling back to the default', async () => {
    const sent: unknown[] = [];
    const context = (locale: unknown) => ({
      activity: { type: 'message', locale },
      sendActivity: async (a: unknown) => sent.push(a),
    });
    await adapter.onTurnError(context('pl-PL') as unknown as TurnContext, new Error('x'));
    await adapter.onTurnError(context(['pl']) as unknown as TurnContext, new Error('x'));
    expect(sent).toEqual([t('pl', 'error.generic'), t('en', 'error.generic')]);
  });
});
