import { t } from '../../../../src/i18n';
import type { Sender } from '../../../helpers/botHarness';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { BOB, RouteHarness, TENANT } from '../../../helpers/routeHarness';

const SUPPORT: Sender = {
  id: '29:sam',
  name: 'Sam Support',
  aadObjectId: '0d0d0d0d-0000-4000-8000-00000000000d',
};
const ADMIN: Sender = {
  id: '29:admin',
  name: 'Bot Admin',
  aadObjectId: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
};
/** Another team's channel than the harness's. */
const ELSEWHERE = {
  tenant: { id: TENANT },
  team: { id: '19:team-2@thread.tacv2', name: 'Elsewhere' },
  channel: { id: '19:elsewhere@thread.tacv2', name: 'Elsewhere' },
};

describe('channels route: "post tickets here"', () => {
  const replyText = async (result: Promise<{ sent: Record<string, unknown>[] }>) =>
    cardText(cardOf((await result).sent[0]));
  /** "post tickets here" from `from` in the channel `channelData` names (the harness's by default). */
  const bind = (bot: RouteHarness, from: Sender, channelData?: object, text = 'post tickets here') =>
    bot.post({
      ...bot.activity({ kind: 'channel', from }, {}),
      type: 'message',
      text: `<at>CSP Bot</at> ${text}`,
      entities: [
        { type: 'mention', text: '<at>CSP Bot</at>', mentioned: { id: '28:csp-bot', name: 'CSP Bot' } },
      ],
      ...(channelData && { channelData }),
    });

  it('makes a team channel the tenant’s ticket channel, in the command’s language', async () => {
    const bot = new RouteHarness();
    expect(await replyText(bind(bot, SUPPORT, undefined, 'publikuj zgłoszenia tutaj'))).toContain(
      t('pl', 'channel.bound'),
    );
    expect(await bot.channels.get(TENANT)).toMatchObject({
      channelId: '19:general@thread.tacv2',
      teamId: '19:team-1@thread.tacv2',
      lang: 'pl',
      setBy: { id: SUPPORT.aadObjectId, name: SUPPORT.name },
    });
  });

  it('is only for a team channel: a personal or group chat is told so, nothing stored', async () => {
    const bot = new RouteHarness();
    for (const kind of ['personal', 'groupChat'] as const) {
      expect(await replyText(bot.message('post tickets here', { kind }))).toContain(
        t('en', 'channel.onlyInChannel'),
      );
    }
    expect(bot.channels.channels.size).toBe(0);
  });

  it('lets only whoever chose the channel move it, and tells the old channel', async () => {
    const bot = new RouteHarness();
    await bind(bot, SUPPORT);
    const before = bot.snapshot();
    expect(await replyText(bind(bot, BOB, ELSEWHERE))).toContain(
      t('en', 'channel.refused.owner', { name: SUPPORT.name }),
    );
    expect(bot.snapshot()).toEqual(before);

    expect(await replyText(bind(bot, SUPPORT, ELSEWHERE))).toContain(t('en', 'channel.moved'));
    expect((await bot.channels.get(TENANT))?.channelId).toBe('19:elsewhere@thread.tacv2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(bot.notifier.moved.map((c) => c.channelId)).toEqual(['19:general@thread.tacv2']);
  });

  it('with BOT_ADMINS, lets only a bot admin choose it', async () => {
    const bot = new RouteHarness({ BOT_ADMINS: ADMIN.aadObjectId ?? '' });
    expect(await replyText(bind(bot, SUPPORT))).toContain(t('en', 'channel.refused.admins'));
    expect(bot.channels.channels.size).toBe(0);
    expect(await replyText(bind(bot, ADMIN))).toContain(t('en', 'channel.bound'));
    expect(bot.channels.channels.size).toBe(1);
  });
});
