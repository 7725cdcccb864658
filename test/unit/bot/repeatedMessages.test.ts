import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { answerActivity, type IncomingDeps } from '../../../src/bot/incoming';
import { RepeatedMessages } from '../../../src/bot/repeatedMessages';

function request(body: unknown): IncomingMessage {
  const stream = Object.assign(new PassThrough(), { headers: { 'content-type': 'application/json' } });
  stream.end(JSON.stringify(body));
  return stream as unknown as IncomingMessage;
}

const message = (id: string, conversation = 'c1') => ({
  type: 'message',
  id,
  text: 'help',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: conversation, conversationType: 'personal', tenantId: 't1' },
  from: { id: 'u1', name: 'Ann' },
  recipient: { id: 'b1', name: 'Bot' },
});

describe('RepeatedMessages', () => {
  it('claims a message once per conversation, and again once released', () => {
    const repeated = new RepeatedMessages();
    expect(repeated.claim('c1', 'm1')).toBe(true);
    expect(repeated.claim('c1', 'm1')).toBe(false);
    expect(repeated.claim('c2', 'm1')).toBe(true);
    expect(repeated.claim('c1', 'm2')).toBe(true);
    repeated.release('c1', 'm1');
    expect(repeated.claim('c1', 'm1')).toBe(true);
  });

  it('keeps at most `max` ids, the oldest dropped first', () => {
    const repeated = new RepeatedMessages({ max: 2 });
    for (const id of ['a', 'b', 'c']) expect(repeated.claim('c1', id)).toBe(true);
    expect(repeated.claim('c1', 'a')).toBe(true);
    expect(repeated.claim('c1', 'c')).toBe(false);
  });

  it('forgets an id after `ttlMs`', async () => {
    const repeated = new RepeatedMessages({ ttlMs: 20 });
    expect(repeated.claim('c1', 'm1')).toBe(true);
    expect(repeated.claim('c1', 'm1')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(repeated.claim('c1', 'm1')).toBe(true);
  });
});

describe('answerActivity with repeated messages', () => {
  const deps = (run: () => Promise<void>): IncomingDeps => ({
    adapter: {
      authenticate: () => Promise.resolve({}),
      runAuthenticated: async () => {
        await run();
        return undefined;
      },
    } as unknown as IncomingDeps['adapter'],
    app: { run: () => Promise.resolve(true) },
    log: pino({ level: 'silent' }),
    authentication: false,
    repeated: new RepeatedMessages(),
  });

  it('runs a message whose first turn failed again when it is delivered again, and not a third time', async () => {
    let runs = 0;
    const bot = deps(() => {
      runs += 1;
      return runs === 1 ? Promise.reject(new Error('turn failed')) : Promise.resolve();
    });
    expect((await answerActivity(request(message('m1')), bot)).status).toBe(500);
    expect((await answerActivity(request(message('m1')), bot)).status).toBe(200);
    expect((await answerActivity(request(message('m1')), bot)).status).toBe(200);
    expect(runs).toBe(2);
  });

  it('runs every invoke, and messages without an id', async () => {
    let runs = 0;
    const bot = deps(() => {
      runs += 1;
      return Promise.resolve();
    });
    const { text: _text, ...card } = message('i1');
    const invoke = {
      ...card,
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'help.show', data: {} }, trigger: 'manual' },
    };
    const { id: _id, ...noId } = message('x');
    const statuses = [];
    for (const body of [invoke, invoke, noId, noId])
      statuses.push((await answerActivity(request(body), bot)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(runs).toBe(4);
  });
});
