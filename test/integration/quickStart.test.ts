import { LIMITS } from '../../src/domain/wizard/model';
import { t } from '../../src/i18n';
import { MongoPartnerProfileStore } from '../../src/storage/partnerProfileStore';
import { breakFix, CHECKED } from '../helpers/answers';
import { BotHarness, cardOf, cardText } from '../helpers/botHarness';
import { documentSnapshot } from '../helpers/database';
import { inputValue, WizardDriver } from '../helpers/wizardDriver';

const NOW = new Date('2025-03-07T15:30:00.000Z');
const SENTENCE = 'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A';

const bot = new BotHarness();
beforeAll(() => bot.start({}, { clock: { now: () => new Date(NOW) }, countCommands: true }));
afterAll(() => bot.stop());

describe('remembered partner answers (real database)', () => {
  const key = { tenantId: 'tenant-q', userId: 'aad-q' };
  const contact = { name: 'Ann Partner', email: 'ann@fabrikam.com', language: 'pl' as const };

  it('keeps one profile per user and tenant; a later ticket without a Helpdesk admin answer keeps the earlier one', async () => {
    const store = new MongoPartnerProfileStore(bot.db.db);
    expect(await store.get(key)).toBeNull();
    await store.remember(key, { role: 'direct-bill', contact, helpdeskAdmin: false }, NOW);
    await store.remember(
      key,
      {
        role: 'indirect-provider',
        contact: { ...contact, phone: '+48 600 100 200' },
        service: 'office365',
        problemType: 'non-break-fix',
      },
      NOW,
    );
    expect(await store.get(key)).toEqual({
      role: 'indirect-provider',
      contact: { ...contact, phone: '+48 600 100 200' },
      helpdeskAdmin: false,
      service: 'office365',
      problemType: 'non-break-fix',
    });
    expect(await store.get({ ...key, tenantId: 'tenant-other' })).toBeNull();
    expect(await bot.db.db.collection('partnerProfiles').countDocuments({ userId: 'aad-q' })).toBe(1);
  });

  it('writes nothing when a ticket repeats the answers it last read or wrote, and writes a change', async () => {
    const store = new MongoPartnerProfileStore(bot.db.db);
    const other = { tenantId: 'tenant-q', userId: 'aad-same' };
    const profile = {
      role: 'direct-bill' as const,
      contact,
      helpdeskAdmin: true,
      service: 'azure' as const,
      problemType: 'break-fix' as const,
    };
    const writes = (before: Record<string, number>) =>
      Object.entries(bot.commandsSince(before))
        .filter(([name]) => name.startsWith('partnerProfiles.update'))
        .reduce((sum, [, n]) => sum + n, 0);
    let before = { ...bot.commands };
    // Unknown to this store: written, whatever the database holds; without a service, what the
    // document keeps of an earlier one is not known, so the same answers are written again.
    const { service: _s, ...withoutService } = profile;
    await store.remember(other, withoutService, NOW);
    await store.remember(other, withoutService, NOW);
    expect(writes(before)).toBe(2);
    await store.remember(other, profile, NOW);
    expect(await store.get(other)).toEqual(profile);
    before = { ...bot.commands };
    // The same answers again, and again without the Helpdesk admin answer (which the database keeps).
    const { helpdeskAdmin: _h, ...withoutHelpdeskAdmin } = profile;
    await store.remember(other, profile, NOW);
    await store.remember(other, withoutHelpdeskAdmin, NOW);
    await store.remember(other, withoutService, NOW);
    expect(writes(before)).toBe(0);
    // A change is written, and what it leaves is known: repeating it writes nothing.
    const changed = { ...profile, contact: { ...contact, phone: '+48 600 100 300' } };
    await store.remember(other, changed, NOW);
    await store.remember(other, changed, NOW);
    expect(writes(before)).toBe(1);
    expect(await new MongoPartnerProfileStore(bot.db.db).get(other)).toEqual(changed);
  });

  it('refuses what its schema does not allow, and reads a document it cannot understand as none', async () => {
    const store = new MongoPartnerProfileStore(bot.db.db);
    await expect(store.remember(key, { role: 'admin' as never, contact }, NOW)).rejects.toThrow();
    await expect(store.get({ tenantId: '', userId: 'x' })).rejects.toThrow();
    await bot.db.db
      .collection('partnerProfiles')
      .insertOne({ _id: 'tenant-q/aad-broken' as never, role: 42 });
    expect(await store.get({ tenantId: 'tenant-q', userId: 'aad-broken' })).toBeNull();
  });
});

describe('a one-sentence start, through real turns', () => {
  it('fills in what the sentence says; once a ticket is filed, the next one opens on the first step still to answer', async () => {
    const first = new WizardDriver(bot);
    await first.startByText(`new ticket: ${SENTENCE}`);
    // Nothing remembered yet: the role is asked first; the rest of the sentence waits on its steps.
    expect(first.step).toBe('role');
    expect(cardText(first.card)).toContain(`${t('en', 'field.severity')} (${t('en', 'wizard.severity.A')})`);
    // Every answer but what the sentence said: the card's own values are sent for those.
    const { customerDomain: _d, title: _t, description: _s, ...rest } = breakFix('azure', 'A');
    const visited = await first.complete(rest);
    // Service, problem type and severity were read: passed over, and the details kept the sentence.
    expect(visited).toEqual(['role', 'criteria', 'details', 'review']);
    await first.submit();
    expect(
      await bot.db.db.collection('tickets').findOne({ title: 'VMs in West Europe down since 6:00' }),
    ).toMatchObject({
      severity: 'A',
      service: 'azure',
      customer: { domain: 'contoso.onmicrosoft.com' },
      description: SENTENCE,
    });

    const second = new WizardDriver(bot);
    await second.startByText(`new ticket: ${SENTENCE}`);
    expect(second.step).toBe('criteria');
    expect(cardText(second.card)).toContain(
      `${t('en', 'field.role')} (${t('en', 'wizard.role.direct-bill')})`,
    );
    expect(
      await second.complete({
        criteria: 'service-unavailable',
        serviceHealthChecked: 'true',
        troubleshootingDone: 'true',
        delegatedAdmin: 'yes',
        customerName: 'Contoso',
      }),
    ).toEqual(['criteria', 'details', 'review']);
    expect(inputValue(second.card, 'contactEmail')).toBeUndefined();
    // The contact came from the last ticket (card text escapes the dots of the email).
    expect(cardText(second.card)).toContain('Ada Partner, ada@partner');
    await second.submit();

    // The plain command: the service and problem type of the last ticket are taken and said.
    const plain = new WizardDriver(bot);
    await plain.startByText('new ticket');
    expect(plain.step).toBe('criteria');
    const note = cardText(plain.card);
    expect(note).toContain(`${t('en', 'field.service')} (${t('en', 'wizard.service.azure')})`);
    expect(note).toContain(`${t('en', 'field.problemType')} (${t('en', 'wizard.problem.break-fix')})`);
    expect(
      await plain.complete({
        criteria: 'service-unavailable',
        ...CHECKED,
        delegatedAdmin: 'yes',
        severity: 'B',
        customerName: 'Contoso',
        customerDomain: 'contoso.com',
        title: '',
        description: 'Storage accounts refuse writes\nsince 07:00, all regions.',
      }),
    ).toEqual(['criteria', 'details', 'review']);
    // No title typed: the description's first line is the title, on the review and the ticket.
    expect(cardText(plain.card)).toContain('Storage accounts refuse writes');
    await plain.submit();
    expect(
      await bot.db.db.collection('tickets').findOne({ title: 'Storage accounts refuse writes' }),
    ).toMatchObject({ service: 'azure', severity: 'B', problemType: 'break-fix' });
  });

  it('reads a Polish sentence and answers in Polish', async () => {
    const driver = new WizardDriver(bot);
    await driver.startByText(
      'nowe zgłoszenie: maszyny wirtualne nie działają dla contoso.onmicrosoft.com, istotność B',
    );
    expect(driver.step).toBe('criteria');
    const text = cardText(driver.card);
    expect(text).toContain(t('pl', 'wizard.title'));
    expect(text).toContain(`${t('pl', 'field.severity')} (${t('pl', 'wizard.severity.B')})`);
  });

  it('answers a sentence too long for a description with a clear card in its language, and writes nothing', async () => {
    const before = await documentSnapshot(bot.db.db);
    for (const [prefix, lang] of [
      ['new ticket', 'en'],
      ['nowe zgłoszenie', 'pl'],
    ] as const) {
      const result = await bot.message(`${prefix}: VMs down ${'x'.repeat(LIMITS.description)}`);
      const text = cardText(cardOf(result.sent[0]));
      expect(text).toContain(t(lang, 'prefill.tooLong', { max: LIMITS.description }));
    }
    expect(await documentSnapshot(bot.db.db)).toBe(before);
  });
});
