import { EXPIRY_CLOCK_SKEW_MS } from '../../../src/domain/wizard/model';
import { readSentence } from '../../../src/domain/wizard/sentence';
import type { DraftOwner, PartnerKey } from '../../../src/services/ports';
import { WizardService, type Actor, type WizardView } from '../../../src/services/wizardService';
import {
  MemoryDraftStore,
  MemoryPartnerProfileStore,
  MemoryTicketChannelStore,
  MemoryTicketStore,
} from '../../helpers/memoryStores';

const NOW = new Date('2025-03-07T15:30:00.000Z');
const OWNER: DraftOwner = { userId: 'aad-user-1', conversationId: 'personal-1' };
const ACTOR: Actor = {
  id: 'aad-user-1',
  name: 'Ada Partner',
  tenantId: 'tenant-1',
  conversation: { id: 'personal-1', type: 'personal', serviceUrl: 'https://smba.example/' },
};
const DETAILS = {
  customerName: 'Contoso Ltd',
  customerDomain: 'contoso.onmicrosoft.com',
  title: 'Sign-in fails for every user',
  description: 'Since 09:00 no user can sign in to Exchange Online.',
  contactName: 'Ada Partner',
  contactEmail: 'ada@partner.example',
  contactLanguage: 'pl',
};

/** The service over memory stores; the partner profiles and the ticket channel only when a test needs them. */
function setup(options: { profiles?: MemoryPartnerProfileStore; channels?: MemoryTicketChannelStore } = {}) {
  const drafts = new MemoryDraftStore();
  const tickets = new MemoryTicketStore(() => NOW);
  const service = new WizardService(
    drafts,
    tickets,
    { now: () => NOW },
    [],
    undefined,
    undefined,
    options.profiles,
    options.channels,
  );
  return { drafts, tickets, service };
}

type StepView = Extract<WizardView, { kind: 'step' }>;

function asStep(view: WizardView): StepView {
  if (view.kind !== 'step') throw new Error(`Expected a step, got ${JSON.stringify(view)}`);
  return view;
}

/** Answers `inputs` on the view's step, the way the card's Next button would. */
async function next(service: WizardService, view: StepView, inputs: Record<string, string>) {
  const card = { draftId: view.draftId, draftRev: view.draft.rev, step: view.draft.step };
  return asStep(await service.next(view.draftId, OWNER.userId, card, { ...card, ...inputs }));
}

/** A billing request for Office 365 up to the details step (role, service and problem, details, review). */
async function toDetails(service: WizardService): Promise<StepView> {
  let view = asStep(await service.start(OWNER, 'pl'));
  view = await next(service, view, { role: 'direct-bill' });
  view = await next(service, view, { service: 'office365', problemType: 'billing' });
  expect(view.draft.step).toBe('details');
  return view;
}

describe('WizardService: a failed write keeps the draft', () => {
  it('a step that can’t be saved stays on the same step and rev, with the inputs kept as pending', async () => {
    const { drafts, service } = setup();
    const details = await toDetails(service);
    const storedBefore = structuredClone(drafts.drafts.get(details.draftId));

    drafts.failing = true;
    const failed = await next(service, details, DETAILS);
    expect(failed.notice).toBe('save-failed');
    expect(failed.lang).toBe('pl');
    expect(failed.draft.step).toBe('details');
    expect(failed.draft.rev).toBe(details.draft.rev);
    expect(failed.draft.pending).toMatchObject(DETAILS);
    expect(failed.errors).toBeUndefined();
    // Nothing half-written.
    expect(drafts.drafts.get(details.draftId)).toEqual(storedBefore);

    // The same card pressed again once the database is back goes through.
    drafts.failing = false;
    const review = await next(service, failed, DETAILS);
    expect(review.notice).toBeUndefined();
    expect(review.draft).toMatchObject({ step: 'review', rev: details.draft.rev + 1 });
    expect(review.draft.answers.details?.customer.name).toBe('Contoso Ltd');
    expect(drafts.drafts.get(details.draftId)?.draft.rev).toBe(details.draft.rev + 1);
  });

  it('on the first step too, the choice made is kept when the save fails', async () => {
    const { drafts, service } = setup();
    const first = asStep(await service.start(OWNER, 'en'));
    drafts.failing = true;
    const failed = await next(service, first, { role: 'indirect-reseller' });
    expect(failed).toMatchObject({ notice: 'save-failed', draft: { step: 'role', rev: 0 } });
    // The contact language defaults to the turn's, waiting for the details step.
    expect(failed.draft.pending).toEqual({ role: 'indirect-reseller', contactLanguage: 'en' });
  });

  it('a ticket that can’t be written keeps the draft on the review; submitting again makes one ticket', async () => {
    const { drafts, tickets, service } = setup();
    const review = await next(service, await toDetails(service), DETAILS);
    const card = { draftId: review.draftId, draftRev: review.draft.rev, step: review.draft.step };

    tickets.failing = true;
    const failed = asStep(await service.submit(review.draftId, card, ACTOR));
    expect(failed).toMatchObject({ notice: 'save-failed', draft: { step: 'review', rev: review.draft.rev } });
    expect(tickets.tickets.size).toBe(0);
    expect(drafts.drafts.get(review.draftId)?.ticketId).toBeUndefined();

    tickets.failing = false;
    const done = await service.submit(review.draftId, card, ACTOR);
    expect(done).toMatchObject({
      kind: 'ticket',
      created: true,
      lang: 'pl',
      ticket: { status: 'ready-to-file' },
    });
    const again = await service.submit(review.draftId, card, ACTOR);
    expect(again).toMatchObject({ kind: 'ticket', created: false });
    expect(tickets.tickets.size).toBe(1);
  });

  it('a ticket written but not marked on the draft is not written twice on resubmit', async () => {
    const { drafts, tickets, service } = setup();
    const review = await next(service, await toDetails(service), DETAILS);
    const card = { draftId: review.draftId, draftRev: review.draft.rev, step: review.draft.step };
    const markSubmitted = jest.spyOn(drafts, 'markSubmitted').mockRejectedValueOnce(new Error('timeout'));

    expect(asStep(await service.submit(review.draftId, card, ACTOR)).notice).toBe('save-failed');
    const done = await service.submit(review.draftId, card, ACTOR);
    // The first answer that shows the ticket: it says it was created.
    expect(done).toMatchObject({ kind: 'ticket', created: true, changed: false });
    expect(tickets.tickets.size).toBe(1);
    expect(markSubmitted).toHaveBeenCalledTimes(2);
  });
});

describe('WizardService: whether a new ticket is announced', () => {
  const CHANNEL = {
    tenantId: 'tenant-1',
    channelId: '19:tickets@thread.tacv2',
    serviceUrl: 'https://smba.example/',
    lang: 'pl' as const,
    setBy: { id: 'aad-admin', name: 'Admin' },
    at: NOW,
  };

  async function submitWith(channels: MemoryTicketChannelStore) {
    const { tickets, service } = setup({ channels });
    const review = await next(service, await toDetails(service), DETAILS);
    const card = { draftId: review.draftId, draftRev: review.draft.rev, step: review.draft.step };
    const view = await service.submit(review.draftId, card, ACTOR);
    if (view.kind !== 'ticket') throw new Error(`Expected a ticket, got ${view.kind}`);
    return { view, tickets };
  }

  it('with no ticket channel: stored with nothing to deliver', async () => {
    const { view, tickets } = await submitWith(new MemoryTicketChannelStore());
    expect(view.ticket.toAnnounce).toBeUndefined();
    expect(view.channel).toBeNull();
    expect(tickets.delivery.get(view.ticket._id)?.pending).toBe(false);
  });

  it('with a ticket channel: to be announced there, with the channel handed on', async () => {
    const channels = new MemoryTicketChannelStore();
    await channels.set(CHANNEL);
    const { view, tickets } = await submitWith(channels);
    expect(view.ticket.toAnnounce).toBe(true);
    expect(view.channel).toEqual(CHANNEL);
    expect(tickets.delivery.get(view.ticket._id)?.pending).toBe(true);
  });

  it('when the channel cannot be read: to be announced, the publisher looking it up', async () => {
    const channels = new MemoryTicketChannelStore();
    channels.failing = true;
    const { view, tickets } = await submitWith(channels);
    expect(view.ticket.toAnnounce).toBe(true);
    expect(view.channel).toBeUndefined();
    expect(tickets.delivery.get(view.ticket._id)?.pending).toBe(true);
  });
});

describe('WizardService: the database does not answer at all', () => {
  it('shows the step again as the card showed it, with the inputs sent, and writes nothing', async () => {
    const { drafts, service } = setup();
    const details = await toDetails(service);
    const storedBefore = structuredClone(drafts.drafts.get(details.draftId));
    drafts.unreachable = true;
    const shown = await next(service, details, { ...DETAILS, title: 'Typed meanwhile' });
    expect(shown).toMatchObject({
      notice: 'save-failed',
      lang: 'pl',
      draft: { step: 'details', rev: details.draft.rev },
    });
    expect(shown.draft.pending?.title).toBe('Typed meanwhile');
    expect(drafts.drafts.get(details.draftId)).toEqual(storedBefore);

    // Once it answers again, the same card moves on.
    drafts.unreachable = false;
    const moved = await next(service, shown, { ...DETAILS, title: 'Typed meanwhile' });
    expect(moved.draft.step).toBe('review');
  });

  it('says the database is away for a card it has not seen, and for a card of another rev', async () => {
    const { drafts, service } = setup();
    const details = await toDetails(service);
    drafts.unreachable = true;
    const stale = { draftId: details.draftId, draftRev: details.draft.rev - 1, step: 'service' as const };
    expect(await service.next(details.draftId, OWNER.userId, stale, stale)).toEqual({ kind: 'unavailable' });
    const fresh = setup();
    fresh.drafts.unreachable = true;
    const card = { draftId: details.draftId, draftRev: details.draft.rev, step: details.draft.step };
    expect(await fresh.service.next(details.draftId, OWNER.userId, card, card)).toEqual({
      kind: 'unavailable',
    });
  });

  it('keeps someone else’s draft theirs even then', async () => {
    const { drafts, service } = setup();
    const details = await toDetails(service);
    drafts.unreachable = true;
    const card = { draftId: details.draftId, draftRev: details.draft.rev, step: details.draft.step };
    expect(await service.next(details.draftId, 'aad-someone-else', card, card)).toEqual({
      kind: 'not-owner',
      lang: 'pl',
    });
  });

  it('cannot start a wizard, and says so', async () => {
    const { drafts, service } = setup();
    drafts.failing = true;
    expect(await service.start(OWNER, 'en')).toEqual({ kind: 'unavailable' });
  });
});

describe('WizardService: what a new wizard starts with', () => {
  const PARTNER: PartnerKey = { tenantId: 'tenant-1', userId: 'aad-user-1' };
  const setupWithProfiles = () => {
    const profiles = new MemoryPartnerProfileStore();
    return { ...setup({ profiles }), profiles };
  };
  const fileAzureTicket = async (service: WizardService, view: StepView) => {
    let step = view;
    const answers: Record<string, Record<string, string>> = {
      role: { role: 'indirect-provider' },
      service: { service: 'azure', problemType: 'break-fix' },
      criteria: {
        criteria: 'service-unavailable',
        serviceHealthChecked: 'true',
        troubleshootingDone: 'true',
        delegatedAdmin: 'yes',
        helpdeskAdmin: 'no',
        severity: 'A',
      },
      details: { ...DETAILS, contactPhone: '+48 600 100 200' },
    };
    // Bounded: a step its answers don't satisfy fails the test instead of looping.
    for (let i = 0; i < 8 && step.draft.step !== 'review'; i++) {
      step = await next(service, step, { ...step.draft.pending, ...answers[step.draft.step] });
    }
    expect(step.draft.step).toBe('review');
    const card = { draftId: step.draftId, draftRev: step.draft.rev, step: step.draft.step };
    return service.submit(step.draftId, card, { ...ACTOR, partner: PARTNER });
  };

  it('asks a first-time partner everything, offers the Teams contact, and remembers role and contact once filed', async () => {
    const { profiles, service } = setupWithProfiles();
    const first = asStep(
      await service.start(OWNER, 'pl', {
        partner: PARTNER,
        teamsContact: async () => ({ name: 'Ada Teams', email: 'ada@teams.example' }),
      }),
    );
    expect(first.draft.step).toBe('role');
    expect(first.draft.pending).toEqual({
      contactName: 'Ada Teams',
      contactEmail: 'ada@teams.example',
      contactLanguage: 'pl',
    });
    expect(first).toMatchObject({
      notice: 'prefilled',
      prefilled: { teams: ['contactName', 'contactEmail'], remembered: [], read: [] },
    });
    expect((await fileAzureTicket(service, first)).kind).toBe('ticket');
    expect(profiles.profiles.get('tenant-1/aad-user-1')).toEqual({
      role: 'indirect-provider',
      contact: {
        name: 'Ada Partner',
        email: 'ada@partner.example',
        phone: '+48 600 100 200',
        language: 'pl',
      },
      helpdeskAdmin: false,
      service: 'azure',
      problemType: 'break-fix',
    });

    // The next plain start opens on the checks, saying role, service and problem type were remembered.
    const again = asStep(await service.start(OWNER, 'pl', { partner: PARTNER }));
    expect(again.draft).toMatchObject({
      step: 'criteria',
      answers: { role: 'indirect-provider', service: 'azure', problemType: 'break-fix' },
    });
    expect(again.prefilled?.remembered).toEqual([
      'role',
      'service',
      'problemType',
      'contactName',
      'contactEmail',
      'contactPhone',
      'contactLanguage',
      'helpdeskAdmin',
    ]);
  });

  it('remembers the contact the requester corrects in an edit of their ticket', async () => {
    const { profiles, tickets, service } = setupWithProfiles();
    const filed = await fileAzureTicket(
      service,
      asStep(await service.start(OWNER, 'en', { partner: PARTNER })),
    );
    if (filed.kind !== 'ticket') throw new Error(`Expected a ticket, got ${filed.kind}`);
    let view = asStep(await service.edit(filed.ticket, filed.ticket.version, OWNER, 'en'));
    expect(view.draft.step).toBe('review');
    const card = { draftId: view.draftId, draftRev: view.draft.rev, step: view.draft.step };
    view = asStep(await service.back(view.draftId, OWNER.userId, card, card));
    expect(view.draft.step).toBe('details');
    view = await next(service, view, { ...DETAILS, contactPhone: '+48 600 999 999', contactLanguage: 'en' });
    expect(view.draft.step).toBe('review');
    const edited = await service.submit(
      view.draftId,
      { draftRev: view.draft.rev, step: view.draft.step },
      { ...ACTOR, partner: PARTNER },
    );
    expect(edited).toMatchObject({ kind: 'ticket', edited: true });
    expect((await tickets.get('tenant-1', filed.ticket._id))?.contact.phone).toBe('+48 600 999 999');
    expect(profiles.profiles.get('tenant-1/aad-user-1')?.contact).toEqual({
      name: 'Ada Partner',
      email: 'ada@partner.example',
      phone: '+48 600 999 999',
      language: 'en',
    });
  });

  it('offers a returning partner their role, contact and Helpdesk admin answer, without asking Teams', async () => {
    const { profiles, service } = setupWithProfiles();
    profiles.profiles.set('tenant-1/aad-user-1', {
      role: 'direct-bill',
      contact: { name: 'Ada Partner', email: 'ada@partner.example', language: 'en' },
      helpdeskAdmin: false,
    });
    const teamsContact = jest.fn(async () => ({ name: 'Someone Else' }));
    const view = asStep(
      await service.start(OWNER, 'pl', {
        partner: PARTNER,
        teamsContact,
        reading: readSentence('VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A'),
      }),
    );
    expect(teamsContact).not.toHaveBeenCalled();
    expect(view.draft).toMatchObject({
      step: 'criteria',
      answers: { role: 'direct-bill', service: 'azure', severity: 'A', access: { helpdeskAdmin: false } },
      pending: {
        contactName: 'Ada Partner',
        contactLanguage: 'en',
        customerDomain: 'contoso.onmicrosoft.com',
      },
    });
    expect(view.prefilled).toEqual({
      remembered: ['role', 'contactName', 'contactEmail', 'contactLanguage', 'helpdeskAdmin'],
      teams: [],
      read: ['service', 'problemType', 'severity', 'customerDomain', 'title', 'description'],
      unclear: [],
    });
  });

  it('starts as for a first-time partner when the remembered answers or Teams cannot be read', async () => {
    const { profiles, service } = setupWithProfiles();
    profiles.failing = true;
    const view = asStep(
      await service.start(OWNER, 'en', {
        partner: PARTNER,
        teamsContact: () => Promise.reject(new Error('connector down')),
      }),
    );
    expect(view.draft).toEqual({ answers: {}, step: 'role', rev: 0, pending: { contactLanguage: 'en' } });
    expect(view.notice).toBeUndefined();
    // A ticket is still filed when remembering fails.
    expect((await fileAzureTicket(service, view)).kind).toBe('ticket');
  });
});

describe('WizardService: a step on the draft as this process last saw it', () => {
  /** Two instances of the bot on one database: each its own draft store (and copies), one `drafts` map. */
  function twoInstances() {
    const first = setup();
    const drafts = new MemoryDraftStore(first.drafts.drafts);
    const service = new WizardService(drafts, first.tickets, { now: () => NOW });
    return { first, second: { drafts, service } };
  }
  const cardOf = (view: StepView) => ({
    draftId: view.draftId,
    draftRev: view.draft.rev,
    step: view.draft.step,
  });

  it('is one conditional write and no read, and answers and stores what a step after a read does', async () => {
    const { first, second } = twoInstances();
    const details = await toDetails(first.service);
    const read = jest.spyOn(first.drafts, 'get');
    const replace = jest.spyOn(first.drafts, 'replace');
    const review = await next(first.service, details, DETAILS);
    expect(read).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    const stored = structuredClone(first.drafts.drafts.get(details.draftId));

    // The same step again, on an instance that has to read the draft first, from the same state.
    first.drafts.drafts.set(details.draftId, { ...structuredClone(stored!), draft: details.draft });
    expect(await next(second.service, details, DETAILS)).toEqual(review);
    expect(first.drafts.drafts.get(details.draftId)).toEqual(stored);

    // Back, too.
    read.mockClear();
    const back = asStep(await first.service.back(details.draftId, OWNER.userId, cardOf(review), {}));
    expect(back.draft).toMatchObject({ step: 'details', rev: review.draft.rev + 1 });
    expect(read).not.toHaveBeenCalled();
  });

  it('never writes over a step another instance took: the old card is out of date, the new one moves on', async () => {
    const { first, second } = twoInstances();
    const details = await toDetails(first.service);
    // The second instance goes back to the service step (it reads the draft: rev + 1).
    const service = asStep(
      await second.service.back(details.draftId, OWNER.userId, cardOf(details), { ...cardOf(details) }),
    );
    expect(service.draft.step).toBe('service');
    const moved = structuredClone(first.drafts.drafts.get(details.draftId));

    // The first instance, whose copy is still on the details step, gets the old details card.
    const stale = await next(first.service, details, DETAILS);
    expect(stale).toMatchObject({ notice: 'stale', draft: { step: 'service', rev: service.draft.rev } });
    expect(first.drafts.drafts.get(details.draftId)).toEqual(moved);
    // The same for a bad input on it: the card is out of date before its inputs are wrong.
    expect(await next(first.service, details, { ...DETAILS, contactEmail: 'nope' })).toMatchObject({
      notice: 'stale',
      draft: { step: 'service' },
    });

    // And the card the second instance showed moves on there, as it would have anywhere.
    const again = await next(first.service, service, { service: 'office365', problemType: 'billing' });
    expect(again.notice).toBeUndefined();
    expect(again.draft).toMatchObject({ step: 'details', rev: service.draft.rev + 1 });

    // Back and forth between the instances, each step once.
    const review = await next(second.service, again, DETAILS);
    const backed = asStep(await first.service.back(review.draftId, OWNER.userId, cardOf(review), {}));
    expect(backed.draft).toMatchObject({ step: 'details', rev: review.draft.rev + 1 });
    expect(first.drafts.drafts.get(details.draftId)?.draft.rev).toBe(review.draft.rev + 1);
  });

  it('a draft cancelled on another instance is gone here too, and nothing is written', async () => {
    const { first, second } = twoInstances();
    const details = await toDetails(first.service);
    expect(await second.service.cancel(details.draftId, OWNER.userId, cardOf(details))).toEqual({
      kind: 'cancelled',
    });
    const card = cardOf(details);
    expect(await first.service.next(details.draftId, OWNER.userId, card, { ...card, ...DETAILS })).toEqual({
      kind: 'expired',
    });
    expect(await first.service.back(details.draftId, OWNER.userId, cardOf(details), {})).toEqual({
      kind: 'expired',
    });
    expect(first.drafts.drafts.size).toBe(0);
  });

  it('a draft the database removed reads as expired though this clock is minutes behind; one removed well before its expiry as finished', async () => {
    // Pressed on the instance that did not draw the card, which knows the draft only from the card.
    const { first, second } = twoInstances();
    const details = await toDetails(first.service);
    first.drafts.drafts.delete(details.draftId);
    const pressed = (expiresAt: number) => {
      const card = { ...cardOf(details), expiresAt };
      return second.service.next(details.draftId, OWNER.userId, card, { ...card, ...DETAILS });
    };
    // The database's clock passed the expiry; this one is a little behind it.
    const lagging = NOW.getTime() + EXPIRY_CLOCK_SKEW_MS - 1000;
    expect(await pressed(lagging)).toEqual({ kind: 'expired', lapsed: true });
    expect(await pressed(NOW.getTime() - 1000)).toEqual({ kind: 'expired', lapsed: true });
    // Removed an hour before it would have expired: finished or cancelled elsewhere, not expired.
    expect(await pressed(NOW.getTime() + EXPIRY_CLOCK_SKEW_MS + 3_600_000)).toEqual({ kind: 'expired' });
    expect(first.drafts.drafts.size).toBe(0);
  });

  it('the same step pressed twice at once moves the draft on once; the other press is told it is out of date', async () => {
    const first = setup();
    const details = await toDetails(first.service);
    const card = cardOf(details);
    const views = await Promise.all([
      first.service.next(details.draftId, OWNER.userId, card, { ...card, ...DETAILS }),
      first.service.next(details.draftId, OWNER.userId, card, { ...card, ...DETAILS }),
    ]);
    const notices = views.map((v) => asStep(v).notice).sort();
    expect(notices).toEqual(['stale', undefined]);
    views.forEach((v) =>
      expect(asStep(v).draft).toMatchObject({ step: 'review', rev: details.draft.rev + 1 }),
    );
    expect(first.drafts.drafts.get(details.draftId)?.draft.rev).toBe(details.draft.rev + 1);
  });

  it('a submitted draft known here is read before a step, as it always was', async () => {
    const first = setup();
    const details = await toDetails(first.service);
    const review = await next(first.service, details, DETAILS);
    await first.drafts.markSubmitted(review.draftId, 'ticket-1');
    // Read again (a retried submit does): the copy here now carries the ticket.
    expect((await first.drafts.get(review.draftId))?.ticketId).toBe('ticket-1');
    const read = jest.spyOn(first.drafts, 'get');
    await first.service.back(review.draftId, OWNER.userId, cardOf(review), {});
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('someone else pressing the buttons of a draft known here gets the not-owner answer and writes nothing', async () => {
    const { drafts, service } = setup();
    const details = await toDetails(service);
    const before = structuredClone(drafts.drafts.get(details.draftId));
    const card = cardOf(details);
    expect(await service.next(details.draftId, 'aad-someone-else', card, { ...card, ...DETAILS })).toEqual({
      kind: 'not-owner',
      lang: 'pl',
    });
    expect(drafts.drafts.get(details.draftId)).toEqual(before);
  });
});
