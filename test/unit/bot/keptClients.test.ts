import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from '../../../src/bot/adapter';
import { KeptByKey } from '../../../src/bot/keptClients';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/log';

describe('KeptByKey', () => {
  it('makes a value once per key, forgets a failed one, and keeps at most its bound', async () => {
    const kept = new KeptByKey<number>(2);
    let made = 0;
    const make = () => Promise.resolve(++made);
    expect(await kept.get('a', make)).toBe(1);
    expect(await kept.get('a', make)).toBe(1);
    await expect(kept.get('b', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await kept.get('b', make)).toBe(2);
    expect(await kept.get('c', make)).toBe(3);
    expect(kept.size).toBe(2);
    // "a" was the oldest: made again.
    expect(await kept.get('a', make)).toBe(4);
  });
});

describe('the adapter’s clients', () => {
  const adapter = createAdapter(loadConfig({ LOG_LEVEL: 'silent' }), createLogger('silent'));
  const activity = (serviceUrl: string) =>
    ({
      type: 'event',
      name: 'probe',
      id: 'a1',
      channelId: 'msteams',
      serviceUrl,
      from: { id: 'u' },
      recipient: { id: 'b' },
      conversation: { id: 'c' },
    }) as Activity;

  async function clientsOf(serviceUrl: string): Promise<[unknown, unknown]> {
    const auth = await adapter.authenticate(activity(serviceUrl), '');
    let seen: [unknown, unknown] = [undefined, undefined];
    await adapter.runAuthenticated(auth, activity(serviceUrl), async (context: TurnContext) => {
      seen = [
        context.turnState.get(adapter.ConnectorClientKey),
        context.turnState.get(adapter.UserTokenClientKey),
      ];
    });
    return seen;
  }

  it('are made once per service URL and reused by the turns after', async () => {
    const [connector, userToken] = await clientsOf('https://smba.example/emea/');
    expect(connector).toBeDefined();
    expect(userToken).toBeDefined();
    const [again, userTokenAgain] = await clientsOf('https://smba.example/emea/');
    expect(again).toBe(connector);
    expect(userTokenAgain).toBe(userToken);
    const [elsewhere] = await clientsOf('https://smba.example/amer/');
    expect(elsewhere).not.toBe(connector);
  });
});
