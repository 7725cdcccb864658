import { blockersAt, blockerLinks, STEP_BLOCKERS } from '../../../../src/domain/eligibility';
import { relevantAnswers, stepFields, submitStep } from '../../../../src/domain/wizard/flow';
import type { Draft, WizardAnswers } from '../../../../src/domain/wizard/model';

/** Blockers are said on the step whose answer raises them, and continuing past them is a choice. */

const azure: WizardAnswers = {
  role: 'direct-bill',
  service: 'azure',
  problemType: 'break-fix',
  criteria: ['service-unavailable'],
  prerequisites: ['service-health-checked', 'troubleshooting-done'],
};

const draftAt = (step: Draft['step'], answers: WizardAnswers, rev = 4): Draft => ({ answers, step, rev });
const at = (draft: Draft) => ({ draftRev: draft.rev, step: draft.step });

describe('blockersAt', () => {
  it.each<[string, Draft['step'], WizardAnswers, string[]]>([
    [
      'Azure, Helpdesk admin',
      'criteria',
      { ...azure, access: { delegatedAdmin: true, helpdeskAdmin: true } },
      ['helpdesk-admin-azure'],
    ],
    [
      'Azure, an indirect reseller without the provider’s access',
      'criteria',
      {
        ...azure,
        role: 'indirect-reseller',
        access: { delegatedAdmin: true, providerGrantedAccess: false, helpdeskAdmin: false },
      },
      ['reseller-azure-access-missing'],
    ],
    [
      'Dynamics 365 without ASfP',
      'criteria',
      { ...azure, service: 'dynamics365', access: { asfp: false } },
      ['asfp-missing'],
    ],
    [
      'service health not checked',
      'criteria',
      { ...azure, prerequisites: ['troubleshooting-done'] },
      ['service-health-not-checked'],
    ],
    [
      'a break-fix meeting no criterion, nothing checked',
      'criteria',
      { ...azure, criteria: [], prerequisites: [] },
      ['service-health-not-checked', 'troubleshooting-not-done', 'no-escalation-criterion'],
    ],
    [
      'everything in order',
      'criteria',
      { ...azure, access: { delegatedAdmin: true, helpdeskAdmin: false } },
      [],
    ],
    // An access answer still missing is a validation error of the step, not one of its blockers.
    ['criteria met, access not answered', 'criteria', azure, []],
    [
      'every check of the step at once: criteria, service health and Helpdesk admin',
      'criteria',
      {
        ...azure,
        criteria: [],
        prerequisites: ['troubleshooting-done'],
        access: { delegatedAdmin: true, helpdeskAdmin: true },
      },
      ['service-health-not-checked', 'no-escalation-criterion', 'helpdesk-admin-azure'],
    ],
    // Billing goes through Partner Center without the technical prerequisites.
    ['billing', 'criteria', { role: 'direct-bill', service: 'azure', problemType: 'billing' }, []],
    // A step that raises no blocker of its own says none, whatever the answers.
    ['the details step', 'details', { ...azure, access: { delegatedAdmin: true, helpdeskAdmin: true } }, []],
  ])('%s', (_name, step, answers, expected) => {
    expect(blockersAt(step, answers)).toEqual(expected);
  });

  it('lists only blockers the step can raise', () => {
    for (const codes of Object.values(STEP_BLOCKERS)) {
      expect(codes).not.toContain('incomplete-answers');
    }
  });

  it('links the way forward where there is a place to go', () => {
    expect(blockerLinks(['asfp-missing']).map((l) => l.id)).toEqual(['partner-support-plans']);
    expect(blockerLinks(['helpdesk-admin-azure']).map((l) => l.id)).toEqual(['azure-portal']);
    // Access from the provider is asked of a person, not a page.
    expect(blockerLinks(['reseller-azure-access-missing'])).toEqual([]);
  });
});

describe('submitStep on an answer that blocks escalation', () => {
  const { criteria: _c, prerequisites: _p, ...beforeChecks } = azure;
  const draft = draftAt('criteria', beforeChecks);
  const checks = {
    criteria: 'service-unavailable',
    serviceHealthChecked: 'true',
    troubleshootingDone: 'true',
    severity: 'A',
  };
  const raw = { ...checks, delegatedAdmin: 'yes', helpdeskAdmin: 'yes' };

  it('stays on the step, stores nothing and keeps what was chosen', () => {
    const result = submitStep(draft, at(draft), raw);
    expect(result).toMatchObject({ ok: false, reason: 'blocked', blockers: ['helpdesk-admin-azure'] });
    if (result.ok || result.reason !== 'blocked') throw new Error('expected blocked');
    expect(result.draft.rev).toBe(draft.rev);
    expect(result.draft.step).toBe('criteria');
    expect(result.draft.answers).toEqual(beforeChecks);
    expect(result.draft.pending).toEqual(raw);
  });

  it('moves on once the user continues past exactly these blockers', () => {
    const result = submitStep(draft, at(draft), { ...raw, acknowledge: 'helpdesk-admin-azure' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.step).toBe('details');
    expect(result.draft.answers.access).toEqual({ delegatedAdmin: true, helpdeskAdmin: true });
    expect(result.draft.pending).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['another blocker acknowledged', 'asfp-missing'],
    ['nonsense', 'helpdesk-admin-azure-x,$gt'],
    ['not a string', ['helpdesk-admin-azure']],
    ['an object', { $ne: null }],
  ])('is still blocked with %s as acknowledgement', (_name, acknowledge) => {
    const result = submitStep(draft, at(draft), { ...raw, acknowledge });
    expect(result).toMatchObject({
      ok: false,
      reason: 'blocked',
      draft: { rev: draft.rev, step: 'criteria' },
    });
  });

  it('says nothing when the answer is changed to one that does not block', () => {
    const result = submitStep(draft, at(draft), { ...checks, delegatedAdmin: 'yes', helpdeskAdmin: 'no' });
    expect(result.ok).toBe(true);
  });

  it('checks validity first: an invalid input is an error, not a blocker', () => {
    const result = submitStep(draft, at(draft), { ...checks, delegatedAdmin: 'maybe', helpdeskAdmin: 'yes' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('says every blocker of the checks step at once', () => {
    const result = submitStep(draft, at(draft), { ...raw, serviceHealthChecked: 'false' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'blocked',
      blockers: ['service-health-not-checked', 'helpdesk-admin-azure'],
    });
  });

  it('says it on the criteria step when service health was not checked', () => {
    const criteria = draftAt('criteria', {
      role: 'direct-bill',
      service: 'office365',
      problemType: 'non-break-fix',
    });
    const result = submitStep(criteria, at(criteria), {
      serviceHealthChecked: 'false',
      troubleshootingDone: 'true',
    });
    expect(result).toMatchObject({ ok: false, reason: 'blocked', blockers: ['service-health-not-checked'] });
  });
});

describe('the own-subscription details step', () => {
  it('asks for no customer tenant', () => {
    const own: WizardAnswers = {
      role: 'direct-bill',
      service: 'own-subscription',
      problemType: 'non-break-fix',
    };
    expect(stepFields('details', own)).not.toContain('customerTenantId');
    expect(stepFields('details', { ...own, service: 'azure' })).toContain('customerTenantId');
  });

  it('drops a customer tenant typed before switching to the own subscription', () => {
    const answers: WizardAnswers = {
      role: 'direct-bill',
      service: 'own-subscription',
      problemType: 'non-break-fix',
      details: {
        customer: {
          name: 'Fabrikam',
          domain: 'fabrikam.com',
          tenantId: '2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c',
        },
        title: 't',
        description: 'd',
        contact: { name: 'Ann', email: 'ann@fabrikam.com', language: 'en' },
      },
    };
    expect(relevantAnswers(answers).details?.customer).toEqual({ name: 'Fabrikam', domain: 'fabrikam.com' });
  });
});
