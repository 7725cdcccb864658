import { back, finish, submitStep, type CardPosition } from '../../../../src/domain/wizard/flow';
import { DraftSchema, type Draft } from '../../../../src/domain/wizard/model';
import { readSentence } from '../../../../src/domain/wizard/sentence';
import { startingDraft } from '../../../../src/domain/wizard/start';

const at = (draft: Draft): CardPosition => ({ draftRev: draft.rev, step: draft.step });

const contact = {
  name: 'Ann Partner',
  email: 'ann@fabrikam.com',
  phone: '+48 22 123 45 67',
  language: 'pl' as const,
};

describe('startingDraft', () => {
  it('starts a first-time partner at the role step, with the turn language as the contact language', () => {
    const draft = startingDraft({ lang: 'pl' });
    expect(draft).toEqual({ answers: {}, step: 'role', rev: 0, pending: { contactLanguage: 'pl' } });
    expect(DraftSchema.safeParse(draft).success).toBe(true);
  });

  it('skips a remembered role (Back reaches it) and shows the remembered contact on the details step', () => {
    const draft = startingDraft({ lang: 'en', role: 'direct-bill', contact });
    expect(draft.step).toBe('service');
    expect(draft.answers).toEqual({ role: 'direct-bill' });
    expect(draft.pending).toEqual({
      contactName: 'Ann Partner',
      contactEmail: 'ann@fabrikam.com',
      contactPhone: '+48 22 123 45 67',
      contactLanguage: 'pl',
    });
    const backed = back(draft, at(draft));
    expect(backed.ok && backed.draft.step).toBe('role');
  });

  it('leaves out contact values the field would refuse (e.g. from a Teams profile)', () => {
    const draft = startingDraft({ lang: 'en', contact: { name: 'x'.repeat(500), email: 'not-an-email' } });
    expect(draft.pending).toEqual({ contactLanguage: 'en' });
  });

  it('opens on the first step the sentence did not answer, and passes over the answered ones going forward', () => {
    const reading = readSentence('VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A');
    const draft = startingDraft({ lang: 'en', role: 'direct-bill', helpdeskAdmin: false, contact, reading });
    expect(draft.answers).toEqual({
      role: 'direct-bill',
      service: 'azure',
      problemType: 'break-fix',
      severity: 'A',
      access: { helpdeskAdmin: false },
    });
    expect(draft.step).toBe('criteria');
    expect(draft.prefilled).toEqual(['severity']);
    expect(draft.pending).toMatchObject({
      customerDomain: 'contoso.onmicrosoft.com',
      title: 'VMs in West Europe down since 6:00',
    });

    const criteria = submitStep(draft, at(draft), {
      criteria: 'service-unavailable',
      serviceHealthChecked: 'true',
      troubleshootingDone: 'true',
    });
    if (!criteria.ok) throw new Error('criteria refused');
    expect(criteria.draft.step).toBe('access');
    // The remembered Helpdesk admin answer is on the card; only delegated admin is new.
    const access = submitStep(criteria.draft, at(criteria.draft), {
      delegatedAdmin: 'yes',
      helpdeskAdmin: 'no',
    });
    if (!access.ok) throw new Error('access refused');
    expect(access.draft.step).toBe('details');
    expect(access.draft.prefilled).toEqual(['severity']);

    // The details step is still checked as a whole: a customer name is missing.
    const pending = access.draft.pending ?? {};
    const refused = submitStep(access.draft, at(access.draft), pending);
    expect(refused.ok).toBe(false);
    const details = submitStep(access.draft, at(access.draft), { ...pending, customerName: 'Contoso' });
    if (!details.ok) throw new Error('details refused');
    expect(details.draft.step).toBe('review');
    const done = finish(details.draft, at(details.draft));
    expect(done.ok && done.answers.severity).toBe('A');
    expect(done.ok && done.answers.details?.description).toBe(
      'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A',
    );
  });

  it('shows a prefilled step again once Back reached it, then moves through it as any other', () => {
    const reading = readSentence('Azure down, sev B');
    const draft = startingDraft({ lang: 'en', role: 'direct-bill', reading });
    expect(draft.step).toBe('criteria');
    const toProblem = back(draft, at(draft));
    if (!toProblem.ok) throw new Error('back refused');
    // problem was answered before the first step shown: Back reaches it, it was never to be skipped.
    expect(toProblem.draft.step).toBe('problem');
    expect(toProblem.draft.prefilled).toEqual(['severity']);
  });
});
