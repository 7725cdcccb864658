import { VERB } from '../../../../src/cards/verbs';
import { t } from '../../../../src/i18n';
import { cardOf, cardText } from '../../../helpers/cardNodes';
import { RouteHarness, TENANT } from '../../../helpers/routeHarness';
import { invokeCard } from '../../../helpers/wizardDriver';

const OTHER_TENANT = '8a1c2b3d-0000-4000-8000-00000000bbbb';

describe('tenant gate (ALLOWED_TENANT_IDS)', () => {
  let bot: RouteHarness;
  beforeEach(async () => {
    bot = new RouteHarness({ ALLOWED_TENANT_IDS: TENANT });
    // Something stored already, so "nothing changed" covers more than empty stores.
    await bot.message('new ticket');
    await bot.message('Is phone support available?');
  });

  it('answers an allowed tenant, however Teams cases its id', async () => {
    const result = await bot.message('help', { tenantId: TENANT.toUpperCase() });
    expect(cardText(cardOf(result.sent[0]))).toContain(t('en', 'help.title'));
  });

  it('refuses a message from another tenant politely, in its language, and changes nothing', async () => {
    const before = bot.snapshot();
    const english = await bot.message('new ticket', { tenantId: OTHER_TENANT });
    expect(english.sent.map((a) => a.text)).toEqual([t('en', 'tenant.refused')]);
    const polish = await bot.message('Czy jest wsparcie telefoniczne?', {
      tenantId: OTHER_TENANT,
      kind: 'groupChat',
      locale: 'pl-PL',
    });
    expect(polish.sent.map((a) => a.text)).toEqual([t('pl', 'tenant.refused')]);
    expect(bot.snapshot()).toEqual(before);
    expect(bot.logs).toContainEqual(
      expect.objectContaining({
        tenantId: OTHER_TENANT,
        msg: 'activity from a tenant that may not use the bot',
      }),
    );
  });

  it('answers a card action from another tenant with the refusal card, running no route', async () => {
    const draftId = [...bot.drafts.drafts.keys()][0];
    const before = bot.snapshot();
    for (const [verb, data] of [
      [VERB.wizardNext, { draftId, draftRev: 0, step: 'role', role: 'direct-bill' }],
      [VERB.ticketWithdraw, { ticketId: 'CSP-000001', version: 1 }],
      ['wizard.launchRockets', {}],
    ] as const) {
      const card = invokeCard(await bot.execute(verb, data, { tenantId: OTHER_TENANT }));
      expect(cardText(card)).toContain(t('en', 'tenant.refused'));
      // No button that would only bring the refusal again.
      expect(card.actions).toEqual([]);
      expect(cardText(card)).not.toContain(t('en', 'action.unknown'));
    }
    expect(bot.snapshot()).toEqual(before);
  });

  it('refuses an activity that names no tenant at all', async () => {
    const before = bot.snapshot();
    const activity = bot.activity({}, { type: 'message', text: 'help', channelData: {} });
    delete activity.conversation?.tenantId;
    const result = await bot.post(activity);
    expect(result.sent.map((a) => a.text)).toEqual([t('en', 'tenant.refused')]);
    expect(bot.snapshot()).toEqual(before);
  });

  it('refuses an activity that names no tenant even when every tenant is allowed', async () => {
    const open = new RouteHarness({ ALLOWED_TENANT_IDS: '*' });
    const activity = open.activity({}, { type: 'message', text: 'new ticket', channelData: {} });
    delete activity.conversation?.tenantId;
    const before = open.snapshot();
    const result = await open.post(activity);
    expect(result.sent.map((a) => a.text)).toEqual([t('en', 'tenant.refused')]);
    expect(open.snapshot()).toEqual(before);
    // A tenant's own users are still answered.
    const allowed = await open.message('help');
    expect(cardText(cardOf(allowed.sent[0]))).toContain(t('en', 'help.title'));
  });

  it('says nothing to a conversation update from another tenant', async () => {
    const result = await bot.post(
      bot.activity(
        { tenantId: OTHER_TENANT, kind: 'groupChat' },
        { type: 'conversationUpdate', membersAdded: [{ id: '28:csp-bot', name: 'CSP Bot' }] },
      ),
    );
    expect(result.sent).toEqual([]);
  });
});
