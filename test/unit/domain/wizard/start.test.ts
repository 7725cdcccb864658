import { back, fieldValues, finish, submitStep, type CardPosition } from '../../../../src/domain/wizard/flow';
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
    // Everything after the checks is asked anyway; the read severity is shown on the checks step.
    expect(draft.prefilled).toBeUndefined();
    expect(draft.pending).toMatchObject({ customerDomain: 'contoso.onmicrosoft.com' });
    // The title read is the automatic one while the description stays the sentence: nothing typed.
    expect(draft.pending).not.toHaveProperty('title');
    expect(draft.sentenceTitle).toEqual({
      title: 'VMs in West Europe down since 6:00',
      description: 'VMs in West Europe down since 6:00 for contoso.onmicrosoft.com, sev A',
    });

    // The remembered Helpdesk admin answer and the read severity are on the checks card as chosen.
    expect(fieldValues(draft)).toMatchObject({ helpdeskAdmin: 'no', severity: 'A', delegatedAdmin: '' });
    const access = submitStep(draft, at(draft), {
      criteria: 'service-unavailable',
      serviceHealthChecked: 'true',
      troubleshootingDone: 'true',
      delegatedAdmin: 'yes',
      helpdeskAdmin: 'no',
      severity: 'A',
    });
    if (!access.ok) throw new Error('checks refused');
    expect(access.draft.step).toBe('details');

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
    expect(done.ok && done.answers.details).toMatchObject({
      title: 'VMs in West Europe down since 6:00',
      titleAutomatic: true,
    });
  });

  it('makes the title again from a description changed after a sentence start, until one is typed', () => {
    const reading = readSentence('Exchange mail flow stopped for contoso.onmicrosoft.com');
    let draft = startingDraft({ lang: 'en', role: 'direct-bill', contact, reading });
    const step = (raw: Record<string, string>) => {
      const result = submitStep(draft, at(draft), raw);
      if (!result.ok) throw new Error(`refused at ${draft.step}: ${JSON.stringify(result)}`);
      draft = result.draft;
    };
    step({ problemType: 'billing', service: 'office365' });
    expect(draft.step).toBe('details');
    expect(fieldValues(draft).title).toBe('');
    const inputs = { ...fieldValues(draft), customerName: 'Contoso' } as Record<string, string>;
    step({ ...inputs, description: 'Teams calls dropping every 5 minutes' });
    expect(draft.answers.details).toMatchObject({
      title: 'Teams calls dropping every 5 minutes',
      titleAutomatic: true,
    });
  });

  it('shows a prefilled step again once Back reached it, then moves through it as any other', () => {
    const reading = readSentence('Azure down, sev B');
    const draft = startingDraft({ lang: 'en', role: 'direct-bill', reading });
    expect(draft.step).toBe('criteria');
    const toService = back(draft, at(draft));
    if (!toService.ok) throw new Error('back refused');
    // The service step was answered before the first step shown: Back reaches it.
    expect(toService.draft.step).toBe('service');
    expect(fieldValues(toService.draft)).toEqual({ service: 'azure', problemType: 'break-fix' });
  });

  it('passes over the service step a first-time partner’s sentence answered, after the role', () => {
    const reading = readSentence('Azure VMs down, sev A');
    const draft = startingDraft({ lang: 'en', reading });
    expect(draft.step).toBe('role');
    expect(draft.prefilled).toEqual(['service']);
    const role = submitStep(draft, at(draft), { role: 'direct-bill' });
    expect(role.ok && role.draft.step).toBe('criteria');
  });

  it('takes the service and problem type of the last ticket, passed over, and Back reaches them', () => {
    const draft = startingDraft({
      lang: 'en',
      role: 'direct-bill',
      service: 'azure',
      problemType: 'break-fix',
      helpdeskAdmin: false,
      contact,
    });
    expect(draft.step).toBe('criteria');
    expect(draft.answers).toEqual({
      role: 'direct-bill',
      service: 'azure',
      problemType: 'break-fix',
      access: { helpdeskAdmin: false },
    });
    const toService = back(draft, at(draft));
    if (!toService.ok) throw new Error('back refused');
    expect(toService.draft.step).toBe('service');
    const toRole = back(toService.draft, at(toService.draft));
    expect(toRole.ok && toRole.draft.step).toBe('role');
  });

  it('takes nothing remembered about the service when the sentence names the service or problem', () => {
    const reading = readSentence('Outlook is slow for contoso.com');
    const draft = startingDraft({
      lang: 'en',
      role: 'direct-bill',
      service: 'azure',
      problemType: 'break-fix',
      reading,
    });
    expect(draft.answers.service).toBe(reading.service);
    expect(draft.answers.problemType).toBe(reading.problemType);
    // Two services named: the service is asked, not taken from the last ticket.
    const unclear = readSentence('Outlook on an Azure VM is slow for contoso.com');
    expect(unclear.unclear).toContain('service');
    const asked = startingDraft({ lang: 'en', role: 'direct-bill', service: 'azure', reading: unclear });
    expect(asked.step).toBe('service');
    expect(asked.answers.service).toBeUndefined();
  });
});
