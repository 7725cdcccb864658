import {
  accessQuestions,
  applicableSteps,
  automaticTitleOf,
  back,
  fieldValues,
  missingSteps,
  finish,
  progress,
  relevantAnswers,
  submissionKey,
  stepFields,
  submitStep,
  type CardPosition,
} from '../../../../src/domain/wizard/flow';
import { FIELDS } from '../../../../src/domain/wizard/fields';
import {
  DraftSchema,
  LIMITS,
  newDraft,
  type Draft,
  type FieldId,
  type WizardAnswers,
} from '../../../../src/domain/wizard/model';

const at = (draft: Draft): CardPosition => ({ draftRev: draft.rev, step: draft.step });

const validDetails = {
  customerName: 'Contoso Ltd',
  customerDomain: 'Contoso.OnMicrosoft.com',
  customerTenantId: '',
  title: 'Exchange mailboxes unreachable',
  description: 'Since 08:00 UTC no user can open a mailbox.',
  affectedResource: '',
  contactName: 'Ann Partner',
  contactEmail: 'ann@fabrikam.com',
  contactPhone: '+48 22 123 45 67',
  contactLanguage: 'pl',
  microsoftRequestNumber: '',
};

/** Drives the wizard through the given step inputs, failing the test on any rejection. */
function walk(inputs: Record<string, unknown>[]): Draft {
  let draft = newDraft();
  for (const raw of inputs) {
    let result = submitStep(draft, at(draft), raw);
    // An answer that blocks escalation is accepted once the user continues past its notice.
    if (!result.ok && result.reason === 'blocked') {
      result = submitStep(draft, at(draft), { ...raw, acknowledge: result.blockers.join(',') });
    }
    if (!result.ok) throw new Error(`Rejected at ${draft.step}: ${JSON.stringify(result)}`);
    draft = result.draft;
  }
  return draft;
}

describe('applicableSteps', () => {
  it.each<[string, WizardAnswers, string[]]>([
    [
      'Azure break-fix',
      { role: 'direct-bill', service: 'azure', problemType: 'break-fix' },
      ['role', 'service', 'criteria', 'details', 'review'],
    ],
    [
      'Office 365 non-break-fix: no access questions, no severity',
      { role: 'direct-bill', service: 'office365', problemType: 'non-break-fix' },
      ['role', 'service', 'criteria', 'details', 'review'],
    ],
    [
      'Dynamics 365 break-fix: the ASfP question',
      { role: 'direct-bill', service: 'dynamics365', problemType: 'break-fix' },
      ['role', 'service', 'criteria', 'details', 'review'],
    ],
    [
      'billing: no criteria, access or severity',
      { role: 'direct-bill', service: 'azure', problemType: 'billing' },
      ['role', 'service', 'details', 'review'],
    ],
    [
      'marketplace: the problem type, then details',
      { role: 'direct-bill', service: 'marketplace' },
      ['role', 'service', 'details', 'review'],
    ],
    [
      'marketplace billing: no technical steps',
      { role: 'direct-bill', service: 'marketplace', problemType: 'billing' },
      ['role', 'service', 'details', 'review'],
    ],
    [
      'own subscription',
      { role: 'direct-bill', service: 'own-subscription', problemType: 'break-fix' },
      ['role', 'service', 'details', 'review'],
    ],
    ['nothing answered yet: the full path', {}, ['role', 'service', 'criteria', 'details', 'review']],
  ])('%s', (_name, answers, steps) => {
    expect(applicableSteps(answers)).toEqual(steps);
  });
});

describe('accessQuestions', () => {
  it.each<[string, WizardAnswers, string[]]>([
    [
      'Azure, indirect reseller',
      { role: 'indirect-reseller', service: 'azure', problemType: 'break-fix' },
      ['delegatedAdmin', 'providerGrantedAccess', 'helpdeskAdmin'],
    ],
    [
      'Azure, direct bill',
      { role: 'direct-bill', service: 'azure', problemType: 'break-fix' },
      ['delegatedAdmin', 'helpdeskAdmin'],
    ],
    [
      'Dynamics 365',
      { role: 'indirect-provider', service: 'dynamics365', problemType: 'non-break-fix' },
      ['asfp'],
    ],
    // No source makes delegated admin a condition outside Azure, where it picks the route.
    ['EMS', { role: 'direct-bill', service: 'ems', problemType: 'break-fix' }, []],
    ['Office 365', { role: 'direct-bill', service: 'office365', problemType: 'break-fix' }, []],
    ['Dynamics 365 billing', { role: 'direct-bill', service: 'dynamics365', problemType: 'billing' }, []],
    ['fraud', { role: 'direct-bill', service: 'azure', problemType: 'fraud' }, []],
    ['own subscription', { role: 'direct-bill', service: 'own-subscription', problemType: 'break-fix' }, []],
  ])('%s', (_name, answers, questions) => {
    expect(accessQuestions(answers)).toEqual(questions);
  });
});

describe('submitStep', () => {
  it('walks an Azure break-fix to review and completes', () => {
    const draft = walk([
      { role: 'indirect-reseller' },
      { service: 'azure', problemType: 'break-fix' },
      {
        criteria: 'service-unavailable,bug-or-irregularity',
        serviceHealthChecked: 'true',
        troubleshootingDone: 'true',
        delegatedAdmin: 'no',
        providerGrantedAccess: 'yes',
        helpdeskAdmin: 'no',
        severity: 'A',
      },
      validDetails,
    ]);
    expect(draft.step).toBe('review');
    expect(draft.rev).toBe(4);
    expect(draft.answers).toMatchObject({
      criteria: ['service-unavailable', 'bug-or-irregularity'],
      prerequisites: ['service-health-checked', 'troubleshooting-done'],
      access: { delegatedAdmin: false, providerGrantedAccess: true, helpdeskAdmin: false },
      details: {
        customer: { name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
        contact: { phone: '+48 22 123 45 67', language: 'pl' },
      },
    });
    expect(draft.answers.details).not.toHaveProperty('affectedResource');
    expect(draft.answers.details?.customer).not.toHaveProperty('tenantId');
    expect(missingSteps(draft.answers)).toEqual([]);
    expect(DraftSchema.parse(draft)).toEqual(draft);
    const done = finish(draft, at(draft));
    expect(done.ok && done.answers.severity).toBe('A');
  });

  it('skips steps that do not apply', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'billing' }]);
    expect(draft.step).toBe('details');
  });

  it('reads an empty multi-select as no criteria and absent toggles as off', () => {
    const draft = walk([
      { role: 'direct-bill' },
      { service: 'office365', problemType: 'break-fix' },
      { severity: 'C' },
    ]);
    expect(draft.answers).toMatchObject({ criteria: [], prerequisites: [] });
  });

  it('ignores criteria sent for a non-break-fix request', () => {
    const draft = walk([
      { role: 'direct-bill' },
      { service: 'office365', problemType: 'non-break-fix' },
      { criteria: 'bug-or-irregularity', serviceHealthChecked: 'true', troubleshootingDone: 'false' },
    ]);
    expect(draft.answers).toMatchObject({ criteria: [], prerequisites: ['service-health-checked'] });
  });

  const detailsDraft = (): Draft =>
    walk([{ role: 'direct-bill' }, { service: 'marketplace', problemType: 'break-fix' }]);

  it.each<[string, Record<string, unknown>, { field: string; code: string; max?: number }]>([
    [
      'an operator object instead of a string',
      { ...validDetails, customerName: { $gt: '' } },
      { field: 'customerName', code: 'wrongType' },
    ],
    ['a number instead of a string', { ...validDetails, title: 42 }, { field: 'title', code: 'wrongType' }],
    [
      'an array instead of a string',
      { ...validDetails, contactEmail: ['a@b.co'] },
      { field: 'contactEmail', code: 'wrongType' },
    ],
    [
      'a missing required field',
      { ...validDetails, description: undefined },
      { field: 'description', code: 'required' },
    ],
    [
      'a blank required field',
      { ...validDetails, contactName: '   ' },
      { field: 'contactName', code: 'required' },
    ],
    [
      'a title over 120 characters',
      { ...validDetails, title: 'x'.repeat(121) },
      { field: 'title', code: 'tooLong', max: 120 },
    ],
    [
      'a description over 4000 characters',
      { ...validDetails, description: 'x'.repeat(4001) },
      { field: 'description', code: 'tooLong', max: 4000 },
    ],
    ['a bad email', { ...validDetails, contactEmail: 'ann@' }, { field: 'contactEmail', code: 'email' }],
    ['a bad phone', { ...validDetails, contactPhone: 'call me' }, { field: 'contactPhone', code: 'phone' }],
    [
      'a bad domain',
      { ...validDetails, customerDomain: 'contoso' },
      { field: 'customerDomain', code: 'domain' },
    ],
    [
      'a domain with a path',
      { ...validDetails, customerDomain: 'contoso.com/x' },
      { field: 'customerDomain', code: 'domain' },
    ],
    [
      'a bad tenant id',
      { ...validDetails, customerTenantId: '1234' },
      { field: 'customerTenantId', code: 'guid' },
    ],
    [
      'a short request number',
      { ...validDetails, microsoftRequestNumber: '12345' },
      { field: 'microsoftRequestNumber', code: 'requestNumber' },
    ],
    [
      'an unknown language',
      { ...validDetails, contactLanguage: 'xx' },
      { field: 'contactLanguage', code: 'choice' },
    ],
    ['control characters', { ...validDetails, title: 'a\u0000b' }, { field: 'title', code: 'controlChars' }],
    [
      'a customer name of zero-width spaces only',
      { ...validDetails, customerName: '\u200b\u200b' },
      { field: 'customerName', code: 'required' },
    ],
    [
      'a description of invisible characters only',
      { ...validDetails, description: '\u200b\u200d\ufeff\n\u2060\u3164\u00a0' },
      { field: 'description', code: 'required' },
    ],
    [
      'a contact name that is a direction mark alone',
      { ...validDetails, contactName: '\u200e' },
      { field: 'contactName', code: 'required' },
    ],
    [
      'a text-direction override in the customer name (it shows the text reversed)',
      { ...validDetails, customerName: 'Contoso \u202etxt.exe\u202c' },
      { field: 'customerName', code: 'controlChars' },
    ],
    [
      'a text-direction isolate in the contact name',
      { ...validDetails, contactName: '\u2067Ann\u2069' },
      { field: 'contactName', code: 'controlChars' },
    ],
  ])('rejects %s, keeps the inputs, keeps the rev', (_name, raw, error) => {
    const draft = detailsDraft();
    const result = submitStep(draft, at(draft), raw);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.errors).toEqual([error]);
    expect(result.draft.rev).toBe(draft.rev);
    expect(result.draft.step).toBe('details');
    expect(result.draft.answers).toEqual(draft.answers);
    // The user's text comes back so the card shows it again; non-strings cannot be shown and are dropped.
    const values = fieldValues(result.draft);
    expect(values.customerDomain).toBe(typeof raw.customerDomain === 'string' ? raw.customerDomain : '');
    expect(values.contactName).toBe(typeof raw.contactName === 'string' ? raw.contactName : '');
  });

  it('drops what a paste carries unseen into a domain, a tenant id, an email or a phone number', () => {
    const draft = detailsDraft();
    const result = submitStep(draft, at(draft), {
      ...validDetails,
      customerDomain: 'Contoso.OnMicrosoft.com\u200b',
      customerTenantId: '\ufeff0a0a0a0a-0000-4000-8000-00000000000a',
      contactEmail: 'ann@\u200dfabrikam.com\u200e',
      contactPhone: '\u202a+48 22 123 45 67\u202c',
    });
    if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result)}`);
    expect(result.draft.answers.details).toMatchObject({
      customer: { domain: 'contoso.onmicrosoft.com', tenantId: '0a0a0a0a-0000-4000-8000-00000000000a' },
      contact: { email: 'ann@fabrikam.com', phone: '+48 22 123 45 67' },
    });
  });

  it('still refuses a domain that is wrong once nothing unseen is left, and one that is nothing but unseen', () => {
    for (const [customerDomain, code] of [
      ['contoso\u200b', 'domain'],
      ['\u200b\u200b', 'required'],
    ] as const) {
      const draft = detailsDraft();
      const result = submitStep(draft, at(draft), { ...validDetails, customerDomain });
      expect(result).toMatchObject({ ok: false, errors: [{ field: 'customerDomain', code }] });
    }
  });

  it('takes names and descriptions in any script, with emoji and the marks they need', () => {
    const draft = detailsDraft();
    const result = submitStep(draft, at(draft), {
      ...validDetails,
      customerName: 'שלום בע״מ',
      description: 'الخدمة متوقفة 🔥 since 08:00 (\u200f!)',
      contactName: 'Zoë 👩\u200d💻',
    });
    expect(result.ok).toBe(true);
  });

  it('reads a title of invisible characters only as no title: it is made from the description', () => {
    const draft = detailsDraft();
    const result = submitStep(draft, at(draft), {
      ...validDetails,
      title: '\u200b \u200b',
      description: '\u200b\nSince 08:00 UTC no user can open a mailbox.',
    });
    if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result)}`);
    expect(result.draft.answers.details).toMatchObject({
      title: 'Since 08:00 UTC no user can open a mailbox.',
      titleAutomatic: true,
    });
  });

  it('reports every bad field, in card order', () => {
    const draft = detailsDraft();
    const result = submitStep(draft, at(draft), { title: { $ne: 1 }, customerName: '' });
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.errors.map((e) => e.field)).toEqual([
      'customerName',
      'customerDomain',
      'title',
      'description',
      'contactName',
      'contactEmail',
      'contactLanguage',
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown role', { role: 'admin' }],
    ['an operator object', { role: { $gt: '' } }],
    ['a number', { role: 1 }],
    ['nothing', {}],
  ])('rejects %s for the role', (_name, raw) => {
    const draft = newDraft();
    const result = submitStep(draft, at(draft), raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'role' }] });
  });

  it('rejects unknown criteria and non-boolean toggles', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'office365', problemType: 'break-fix' }]);
    const result = submitStep(draft, at(draft), {
      criteria: 'bug-or-irregularity,$where',
      serviceHealthChecked: 'yes',
      severity: 'B',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { field: 'criteria', code: 'choice' },
        { field: 'serviceHealthChecked', code: 'choice' },
      ],
    });
  });

  it('requires every access question that is asked, and the severity, on the checks step', () => {
    const draft = walk([{ role: 'indirect-reseller' }, { service: 'azure', problemType: 'break-fix' }]);
    expect(draft.step).toBe('criteria');
    const result = submitStep(draft, at(draft), { delegatedAdmin: 'yes', asfp: 'yes' });
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { field: 'providerGrantedAccess', code: 'required' },
        { field: 'helpdeskAdmin', code: 'required' },
        { field: 'severity', code: 'required' },
      ],
    });
  });

  it('asks the checks that apply to the service and problem type, on one step', () => {
    const fieldsFor = (answers: WizardAnswers) => stepFields('criteria', answers);
    expect(fieldsFor({ role: 'indirect-reseller', service: 'azure', problemType: 'break-fix' })).toEqual([
      'criteria',
      'serviceHealthChecked',
      'troubleshootingDone',
      'delegatedAdmin',
      'providerGrantedAccess',
      'helpdeskAdmin',
      'severity',
    ]);
    expect(fieldsFor({ role: 'direct-bill', service: 'dynamics365', problemType: 'non-break-fix' })).toEqual([
      'serviceHealthChecked',
      'troubleshootingDone',
      'asfp',
    ]);
    expect(fieldsFor({ role: 'direct-bill', service: 'office365', problemType: 'break-fix' })).toEqual([
      'criteria',
      'serviceHealthChecked',
      'troubleshootingDone',
      'severity',
    ]);
    expect(stepFields('service', {})).toEqual(['service', 'problemType']);
  });

  it('takes an empty title from the first line of the description', () => {
    const draft = detailsDraft();
    const result = submitStep(draft, at(draft), {
      ...validDetails,
      title: '',
      description: '\n  Mailboxes  unreachable since 08:00\nNo user can open one.',
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.draft.answers.details?.title).toBe('Mailboxes unreachable since 08:00');
    const long = submitStep(draft, at(draft), {
      ...validDetails,
      title: '  ',
      description: 'word '.repeat(60),
    });
    if (!long.ok) throw new Error('expected ok');
    const title = long.draft.answers.details?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title).toMatch(/^(word )+word…$/);
  });

  describe('a title no one typed', () => {
    const accept = (draft: Draft, raw: Record<string, unknown>): Draft => {
      const result = submitStep(draft, at(draft), raw);
      if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
      return result.draft;
    };
    const backTo = (draft: Draft, raw: Record<string, unknown>): Draft => {
      const result = back(draft, at(draft), raw);
      if (!result.ok) throw new Error('back refused');
      return result.draft;
    };
    /** From the review: Back to the details with `shown` as the card sends it, `change` typed, Next. */
    const changeDetails = (review: Draft, change: Record<string, string>): Draft => {
      const details = backTo(review, {});
      expect(details.step).toBe('details');
      return accept(details, { ...fieldValues(details), ...change });
    };

    it('follows the description whenever it changes, and is never shown as typed', () => {
      const review = accept(detailsDraft(), {
        ...validDetails,
        title: '',
        description: 'Exchange mail flow stopped',
      });
      expect(review.answers.details).toMatchObject({
        title: 'Exchange mail flow stopped',
        titleAutomatic: true,
      });
      const details = backTo(review, {});
      // The Title box stays empty: the automatic title is no answer typed into it.
      expect(fieldValues(details).title).toBe('');
      expect(automaticTitleOf(details)).toBe('Exchange mail flow stopped');

      const changed = accept(details, {
        ...fieldValues(details),
        description: 'Teams calls dropping every 5 minutes',
      });
      expect(changed.answers.details).toMatchObject({
        title: 'Teams calls dropping every 5 minutes',
        description: 'Teams calls dropping every 5 minutes',
        titleAutomatic: true,
      });
      // A description typed, then Back: the box's automatic title is made from what was typed.
      const again = backTo(changed, {});
      const typing = backTo(again, { ...fieldValues(again), description: 'Mailbox moves hang' });
      expect(typing.step).toBe('service');
      const forward = accept(typing, fieldValues(typing));
      expect(forward.step).toBe('details');
      expect(fieldValues(forward)).toMatchObject({ title: '', description: 'Mailbox moves hang' });
      expect(automaticTitleOf(forward)).toBe('Mailbox moves hang');
    });

    it('stays once typed, whatever the description, and follows it again once cleared', () => {
      const typed = accept(detailsDraft(), { ...validDetails, title: 'Mail outage at Contoso' });
      expect(typed.answers.details).toMatchObject({ title: 'Mail outage at Contoso', titleAutomatic: false });
      const kept = changeDetails(typed, { description: 'Teams calls dropping every 5 minutes' });
      expect(kept.answers.details?.title).toBe('Mail outage at Contoso');
      const cleared = changeDetails(kept, { title: '' });
      expect(cleared.answers.details).toMatchObject({
        title: 'Teams calls dropping every 5 minutes',
        titleAutomatic: true,
      });
    });

    it('reads a draft written before titles were marked: a first-line title follows, any other stays', () => {
      const start = accept(detailsDraft(), validDetails);
      const { titleAutomatic: _flag, ...unmarked } = start.answers.details!;
      const old = (title: string): Draft =>
        DraftSchema.parse({ ...start, answers: { ...start.answers, details: { ...unmarked, title } } });
      const firstLine = old('Since 08:00 UTC no user can open a mailbox.');
      expect(firstLine.answers.details).not.toHaveProperty('titleAutomatic');
      expect(fieldValues(backTo(firstLine, {})).title).toBe('');
      expect(changeDetails(firstLine, { description: 'Teams calls drop' }).answers.details).toMatchObject({
        title: 'Teams calls drop',
        titleAutomatic: true,
      });
      const own = old('Mailboxes unreachable');
      expect(fieldValues(backTo(own, {})).title).toBe('Mailboxes unreachable');
      expect(changeDetails(own, { description: 'Teams calls drop' }).answers.details).toMatchObject({
        title: 'Mailboxes unreachable',
        titleAutomatic: false,
      });
    });
  });

  it('treats a non-object payload as empty inputs', () => {
    const draft = newDraft();
    expect(submitStep(draft, at(draft), 'role=direct-bill')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(submitStep(draft, at(draft), null)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('stale cards', () => {
  it('draws a card for a step that was merged into another anew, changing nothing', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'break-fix' }]);
    expect(submitStep(draft, { draftRev: draft.rev, step: 'access' }, { delegatedAdmin: 'yes' })).toEqual({
      ok: false,
      reason: 'stale',
      draft,
    });
  });

  it('loads a draft stored on a step that was merged into another on that step, every answer kept', () => {
    const answers: WizardAnswers = { role: 'direct-bill', service: 'azure', problemType: 'break-fix' };
    for (const [old, now] of [
      ['problem', 'service'],
      ['access', 'criteria'],
      ['severity', 'criteria'],
    ] as const) {
      const stored = DraftSchema.parse({ answers, step: old, rev: 5, prefilled: ['problem', 'severity'] });
      expect(stored).toEqual({ answers, step: now, rev: 5, prefilled: ['service'] });
    }
  });

  it('rejects a card from an older rev without changing anything', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'billing' }]);
    const result = submitStep(draft, { draftRev: 1, step: 'service' }, { service: 'office365' });
    expect(result).toEqual({ ok: false, reason: 'stale', draft });
  });

  it('rejects a card for another step at the same rev', () => {
    const draft = walk([{ role: 'direct-bill' }]);
    expect(submitStep(draft, { draftRev: draft.rev, step: 'role' }, { role: 'direct-bill' })).toMatchObject({
      reason: 'stale',
    });
    expect(back(draft, { draftRev: 0, step: 'role' })).toMatchObject({ reason: 'stale' });
    expect(finish(draft, { draftRev: 0, step: 'review' })).toMatchObject({ reason: 'stale' });
  });
});

describe('back', () => {
  it('returns to the previous applicable step with the answers and typed text kept', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'billing' }]);
    expect(draft.step).toBe('details');
    const typed = { ...validDetails, title: 'Half-typed title', contactEmail: 'not-yet-valid' };
    const result = back(draft, at(draft), typed);
    if (!result.ok) throw new Error('expected ok');
    expect(result.draft.step).toBe('service');
    expect(result.draft.rev).toBe(draft.rev + 1);
    expect(fieldValues(result.draft)).toEqual({ service: 'azure', problemType: 'billing' });

    // Forward again: the details card shows what was typed before going back.
    const forward = submitStep(result.draft, at(result.draft), { service: 'azure', problemType: 'billing' });
    if (!forward.ok) throw new Error('expected ok');
    expect(fieldValues(forward.draft)).toMatchObject({
      title: 'Half-typed title',
      contactEmail: 'not-yet-valid',
    });

    // Once accepted, the typed text becomes the answer and nothing stays pending.
    const accepted = submitStep(forward.draft, at(forward.draft), {
      ...typed,
      contactEmail: 'ann@fabrikam.com',
    });
    if (!accepted.ok) throw new Error('expected ok');
    expect(accepted.draft.pending).toBeUndefined();
    expect(accepted.draft.answers.details?.title).toBe('Half-typed title');
  });

  it('keeps text held from a rejected step when Back sends no inputs', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'billing' }]);
    const rejected = submitStep(draft, at(draft), { ...validDetails, contactEmail: 'anna@fabrikam' });
    if (rejected.ok) throw new Error('expected a validation error');
    // A card drawn before Back carried the inputs sends only the action data.
    const result = back(rejected.draft, at(rejected.draft), { draftId: 'd', draftRev: 0, step: 'details' });
    if (!result.ok) throw new Error('expected ok');
    const forward = submitStep(result.draft, at(result.draft), { service: 'azure', problemType: 'billing' });
    if (!forward.ok) throw new Error('expected ok');
    expect(fieldValues(forward.draft)).toMatchObject({
      contactEmail: 'anna@fabrikam',
      title: validDetails.title,
    });
  });

  it('prefills accepted answers when going back', () => {
    const draft = walk([
      { role: 'direct-bill' },
      { service: 'office365', problemType: 'break-fix' },
      {
        criteria: 'network-disruption',
        serviceHealthChecked: 'true',
        troubleshootingDone: 'true',
        severity: 'B',
      },
    ]);
    const result = back(draft, at(draft));
    if (!result.ok) throw new Error('expected ok');
    expect(result.draft.step).toBe('criteria');
    expect(fieldValues(result.draft)).toEqual({
      criteria: 'network-disruption',
      serviceHealthChecked: 'true',
      troubleshootingDone: 'true',
      severity: 'B',
    });
  });

  it('stays on the first step', () => {
    const draft = newDraft();
    expect(back(draft, at(draft))).toEqual({ ok: true, draft });
  });

  it('keeps the checks as left, unanswered questions too, and asks for them only going forward', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'break-fix' }]);
    expect(draft.step).toBe('criteria');
    const left = {
      criteria: 'service-unavailable',
      serviceHealthChecked: 'true',
      troubleshootingDone: 'false',
      delegatedAdmin: 'yes',
      helpdeskAdmin: '',
      severity: '',
    };
    const backed = back(draft, at(draft), left);
    if (!backed.ok) throw new Error('expected ok');
    expect(backed.draft.step).toBe('service');
    // Nothing was accepted: the checks are still to answer.
    expect(backed.draft.answers).toEqual(draft.answers);
    const forward = submitStep(backed.draft, at(backed.draft), {
      service: 'azure',
      problemType: 'break-fix',
    });
    if (!forward.ok) throw new Error('expected ok');
    expect(forward.draft.step).toBe('criteria');
    expect(fieldValues(forward.draft)).toEqual(left);
    const next = submitStep(forward.draft, at(forward.draft), left);
    expect(next).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [
        { field: 'helpdeskAdmin', code: 'required' },
        { field: 'severity', code: 'required' },
      ],
    });
  });

  it('keeps at most twice what an input accepts, so a Back with huge inputs leaves a draft that can be stored', () => {
    const draft = walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'billing' }]);
    const huge = Object.fromEntries(Object.keys(validDetails).map((field) => [field, 'x'.repeat(100_000)]));
    const result = back(draft, at(draft), huge);
    if (!result.ok) throw new Error('expected ok');
    const pending = result.draft.pending ?? {};
    expect(pending.description).toHaveLength(8000);
    expect(pending.title).toHaveLength(240);
    expect(pending.contactLanguage).toHaveLength('en,pl,de,fr,es,it'.length * 2);
    expect(JSON.stringify(DraftSchema.parse(result.draft)).length).toBeLessThan(20_000);
    // What is kept still says it is too long when the step is sent again.
    const forward = submitStep(result.draft, at(result.draft), { service: 'azure', problemType: 'billing' });
    if (!forward.ok) throw new Error('expected ok');
    const again = submitStep(forward.draft, at(forward.draft), fieldValues(forward.draft));
    expect(again).toMatchObject({ ok: false, reason: 'invalid' });
    if (again.ok || again.reason !== 'invalid') return;
    expect(again.errors).toContainEqual({ field: 'title', code: 'tooLong', max: 120 });
  });
});

describe('what an input keeps, whatever its characters', () => {
  const details = () => walk([{ role: 'direct-bill' }, { service: 'azure', problemType: 'billing' }]);
  const jsonBytes = (text: string | undefined) => Buffer.byteLength(JSON.stringify(text ?? ''), 'utf8');
  const LONE = /\p{Cs}/u;

  it('keeps no more bytes on a card than three for each character the input accepts', () => {
    const draft = details();
    for (const ch of ['\u0001', '\ud800', '"', '\\', '中', 'ż', 'x']) {
      const huge = Object.fromEntries(Object.keys(validDetails).map((field) => [field, ch.repeat(20_000)]));
      const result = submitStep(draft, at(draft), huge);
      if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
      const pending = result.draft.pending ?? {};
      for (const field of Object.keys(validDetails) as FieldId[]) {
        const longest = FIELDS[field].maxLength ?? FIELDS[field].choices?.join(',').length ?? 0;
        expect([ch, field, jsonBytes(pending[field]) <= '""'.length + 3 * longest]).toEqual([
          ch,
          field,
          true,
        ]);
        expect(pending[field]?.length).toBeLessThanOrEqual(2 * longest);
      }
    }
  });

  it('keeps whole what an input accepts, however costly its characters, when the step is refused', () => {
    const draft = details();
    for (const ch of ['中', '\ud800', '"', '\\', '😀']) {
      const description = ch.repeat(LIMITS.description / ch.length);
      const result = submitStep(draft, at(draft), { ...validDetails, description, contactEmail: 'no' });
      if (result.ok) throw new Error('expected refused');
      expect(result.draft.pending?.description).toBe(description.replace(/\p{Cs}/gu, '\ufffd'));
    }
  });

  it('keeps a text of cheap characters to twice what the input accepts, as it did', () => {
    const draft = details();
    const result = back(draft, at(draft), { ...validDetails, description: 'a'.repeat(10_000) });
    if (!result.ok) throw new Error('expected ok');
    expect(result.draft.pending?.description).toBe('a'.repeat(2 * LIMITS.description));
  });

  it('never cuts a character in two where it stops', () => {
    const draft = details();
    // Emoji (two UTF-16 units each) from an odd or even start, so that every limit falls inside one.
    for (const start of ['', 'x']) {
      const typed = `${start}${'😀'.repeat(10_000)}`;
      const huge = Object.fromEntries(Object.keys(validDetails).map((field) => [field, typed]));
      const result = back(draft, at(draft), huge);
      if (!result.ok) throw new Error('expected ok');
      for (const kept of Object.values(result.draft.pending ?? {})) {
        expect(LONE.test(kept)).toBe(false);
        expect(typed.startsWith(kept)).toBe(true);
      }
    }
  });

  it('reads a lone half of a surrogate pair as U+FFFD, in what it accepts and in what it keeps', () => {
    const draft = details();
    const broken = {
      ...validDetails,
      description: 'VMs down \ud83d since 9:00 \ude00',
      customerName: 'Contoso\ud800',
    };
    const accepted = submitStep(draft, at(draft), broken);
    if (!accepted.ok) throw new Error('expected ok');
    expect(accepted.draft.answers.details?.description).toBe('VMs down \ufffd since 9:00 \ufffd');
    expect(accepted.draft.answers.details?.customer.name).toBe('Contoso\ufffd');
    // A pair is a character: kept as it is.
    const emoji = submitStep(draft, at(draft), { ...validDetails, description: 'VMs down 😀' });
    if (!emoji.ok) throw new Error('expected ok');
    expect(emoji.draft.answers.details?.description).toBe('VMs down 😀');
    // Refused for something else, it is kept as the field reads it.
    const refused = submitStep(draft, at(draft), { ...broken, contactEmail: 'not an email' });
    if (refused.ok) throw new Error('expected refused');
    expect(refused.draft.pending?.description).toBe('VMs down \ufffd since 9:00 \ufffd');
    expect(refused.draft.pending?.customerName).toBe('Contoso\ufffd');
    // An edit of a ticket reads its inputs the same way.
    const edit = {
      ...accepted.draft,
      step: 'details' as const,
      edit: { ticketId: 'CSP-000001', version: 1, base: {} },
    };
    const edited = submitStep(edit, at(edit), { ...broken, title: 'Mailboxes \udc00' });
    if (!edited.ok) throw new Error('expected ok');
    expect(edited.draft.answers.details?.title).toBe('Mailboxes \ufffd');
  });
});

describe('finish', () => {
  it('sends an incomplete draft to the first unanswered step', () => {
    const draft: Draft = { answers: { role: 'direct-bill', service: 'azure' }, step: 'review', rev: 3 };
    const result = finish(draft, at(draft));
    expect(result).toMatchObject({ ok: false, reason: 'incomplete', draft: { step: 'service', rev: 4 } });
  });

  it('drops answers left over from a changed path', () => {
    const answers: WizardAnswers = {
      role: 'direct-bill',
      service: 'azure',
      problemType: 'billing',
      criteria: ['bug-or-irregularity'],
      severity: 'A',
      access: { delegatedAdmin: true },
    };
    expect(relevantAnswers(answers)).toEqual({
      role: 'direct-bill',
      service: 'azure',
      problemType: 'billing',
    });
  });
});

describe('progress and keys', () => {
  it('counts the applicable steps', () => {
    expect(progress({ role: 'direct-bill', service: 'marketplace' }, 'details')).toEqual({
      index: 3,
      total: 4,
    });
  });

  it('gives the same idempotency key for the same submission', () => {
    const draft = walk([{ role: 'direct-bill' }]);
    expect(submissionKey('d1', draft)).toBe(submissionKey('d1', { ...draft }));
    expect(submissionKey('d1', draft)).not.toBe(submissionKey('d1', { rev: draft.rev + 1 }));
  });
});
