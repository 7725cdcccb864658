import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import pino from 'pino';
import { readTurn } from '../../../src/bot/turn';

const log = pino({ level: 'silent' });

function context(activity: Partial<Activity>): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    id: 'a-1',
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    from: { id: 'u-1', name: 'Ada', aadObjectId: 'aad-1' },
    recipient: { id: 'b-1', name: 'Bot' },
    conversation: { id: 'c-1', conversationType: 'personal', tenantId: 't-1', isGroup: false, name: '' },
    ...activity,
  } as Activity);
}

const invoke = (data: Record<string, unknown>, locale: string) =>
  context({ type: 'invoke', name: 'adaptiveCard/action', locale, value: { action: { verb: 'x', data } } });

describe('readTurn: one precedence for the language', () => {
  it.each([
    ['the card acted on, over the client', invoke({ lang: 'pl' }, 'en-US'), 'pl'],
    ['the card acted on, over the client (en)', invoke({ lang: 'en' }, 'pl-PL'), 'en'],
    ['a card with no language: the client', invoke({}, 'pl-PL'), 'pl'],
    ['the command typed, over the client', context({ text: 'nowe zgłoszenie', locale: 'en-US' }), 'pl'],
    ['a command of no language ("help"): the client', context({ text: 'help', locale: 'pl-PL' }), 'pl'],
    ['the text, over the client', context({ text: 'Czy jest pomoc telefoniczna?', locale: 'en-US' }), 'pl'],
    ['text that says nothing ("CSP?"): the client', context({ text: 'CSP?', locale: 'pl-PL' }), 'pl'],
    ['no text, no locale: the default', context({ text: '' }), 'en'],
  ])('%s', (_name, ctx, lang) => {
    expect(readTurn(ctx, 'en', log).lang).toBe(lang);
  });

  it('falls back to DEFAULT_LOCALE when nothing says', () => {
    expect(readTurn(context({ text: '👍', locale: 'de-DE' }), 'pl', log).lang).toBe('pl');
  });

  it('reads the actor, the tenant and a known time zone, and ignores a made-up one', () => {
    const turn = readTurn(context({ text: 'help', localTimezone: 'Europe/Warsaw' }), 'en', log);
    expect(turn.actor).toMatchObject({
      userId: 'aad-1',
      name: 'Ada',
      tenantId: 't-1',
      conversationId: 'c-1',
    });
    expect(turn.timeZone).toBe('Europe/Warsaw');
    expect(turn.command).toEqual({ name: 'help' });
    expect(readTurn(context({ localTimezone: 'Mars/Olympus' }), 'en', log).timeZone).toBeUndefined();
  });

  it('knows a time zone again on the next turn, and refuses a made-up one every time', () => {
    for (let i = 0; i < 3; i++) {
      expect(readTurn(context({ localTimezone: 'America/Sao_Paulo' }), 'en', log).timeZone).toBe(
        'America/Sao_Paulo',
      );
      expect(readTurn(context({ localTimezone: 'Mars/Olympus' }), 'en', log).timeZone).toBeUndefined();
      expect(readTurn(context({ localTimezone: 'x'.repeat(65) }), 'en', log).timeZone).toBeUndefined();
    }
  });
});

describe('readTurn: the turn logger', () => {
  it('is made when first used, once, and writes the activity id on every line', () => {
    const lines: Record<string, unknown>[] = [];
    const parent = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const child = jest.spyOn(parent, 'child');
    const turn = readTurn(context({ id: 'activity-7', text: 'help' }), 'en', parent);
    expect(child).not.toHaveBeenCalled();
    turn.log.info('one');
    turn.log.info('two');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((l) => [l.activityId, l.msg])).toEqual([
      ['activity-7', 'one'],
      ['activity-7', 'two'],
    ]);
  });
});
