import { z } from 'zod';
import { customerPortalUrl, getLink, LINK_IDS, type LinkId } from '../knowledge';
import { KNOWLEDGE_IDS, type KnowledgeId } from '../knowledge/schema';
import { isTechnical, PATTERNS, type StepId, type WizardAnswers } from './wizard/model';

/**
 * Whether and how a customer's problem can be reported to Microsoft, from the wizard's answers.
 * Rules follow "Report problems on behalf of a customer" and "Escalate problems to Microsoft"
 * (Partner Center documentation, 2021).
 */

/** Knowledge entries the decision points to: one list of ids, owned by the knowledge module. */
export { KNOWLEDGE_IDS, type KnowledgeId };

/** Where the request is filed. */
export const ROUTES = [
  /** Azure through Partner Center as delegated admin; Support plan: Cloud Solution Provider. */
  'azure-portal',
  /** Azure without admin rights: https://portal.azure.com/<customer domain>. */
  'customer-domain-portal',
  /** Office 365, Dynamics CRM Online, EMS through Partner Center into the Microsoft 365 admin center. */
  'm365-admin-center',
  /** Dynamics 365 incidents: through Partner Center, only with Advanced Support for Partners (ASfP) or higher. */
  'dynamics-asfp',
  /** Dynamics 365 billing, licensing and plan subscriptions: Dynamics Support directly. */
  'dynamics-support',
  /** Billing issues, disputes and fraud concerns (marketplace purchases too): a service request in Partner Center. */
  'partner-center',
  /** Product support for commercial marketplace products: Microsoft gives none; the publisher does. */
  'isv',
  /** The partner's own subscription: not in the CSP benefit; the partner's own support plan. */
  'own-support-plan',
] as const;
export type Route = (typeof ROUTES)[number];

/** Routes that end in a Microsoft service request (and so a Microsoft request number). */
export const MICROSOFT_ROUTES = [
  'azure-portal',
  'customer-domain-portal',
  'm365-admin-center',
  'dynamics-asfp',
  'dynamics-support',
  'partner-center',
  'own-support-plan',
] as const satisfies readonly Route[];

/** Routes covered by the CSP support benefit, so the CSP response targets apply (not Dynamics Support). */
export const CSP_BENEFIT_ROUTES = [
  'azure-portal',
  'customer-domain-portal',
  'm365-admin-center',
  'dynamics-asfp',
  'partner-center',
] as const satisfies readonly Route[];

export function filesWithMicrosoft(route: Route): boolean {
  return (MICROSOFT_ROUTES as readonly string[]).includes(route);
}

export function hasCspResponseTargets(route: Route): boolean {
  return (CSP_BENEFIT_ROUTES as readonly string[]).includes(route);
}

/** Why a decision came out as it did; each has an explanation in i18n (`decision.reason.<code>`). */
export const REASON_CODES = [
  'criteria-met',
  'prerequisites-done',
  'non-break-fix',
  'commercial-support',
  'delegated-admin',
  'no-admin-rights',
  'csp-support-plan',
  'azure-support-fee',
  'provider-granted-access',
  'asfp-in-place',
  'partner-contact',
  'reseller-with-provider',
  'marketplace-isv',
  'marketplace-commercial',
  'dynamics-billing-licensing',
  'own-subscription-not-covered',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Reasons that are instructions for filing (what to select, whose contact to give) rather than why
 * the decision came out as it did: cards list them with the next steps, not under "Why".
 */
export const HOW_TO_REASONS = [
  'csp-support-plan',
  'partner-contact',
] as const satisfies readonly ReasonCode[];

export function isHowTo(reason: ReasonCode): boolean {
  return (HOW_TO_REASONS as readonly string[]).includes(reason);
}

/** What must happen before the request can be filed (`decision.blocker.<code>`). */
export const BLOCKER_CODES = [
  'incomplete-answers',
  'service-health-not-checked',
  'troubleshooting-not-done',
  'no-escalation-criterion',
  'reseller-azure-access-missing',
  'helpdesk-admin-azure',
  /**
   * No longer given: no source makes delegated admin a condition for Office 365, EMS, Dynamics CRM
   * Online or Dynamics 365 requests. Kept so that tickets decided before can still be read and shown.
   */
  'delegated-admin-missing',
  'asfp-missing',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

/** Deep links shown with a decision: the knowledge module's links (URL and label), by id. */
export { LINK_IDS, type LinkId };

export interface DecisionLink {
  id: LinkId;
  url: string;
}

export interface NextStep {
  knowledgeId: KnowledgeId;
}

export type Decision =
  | {
      outcome: 'eligible';
      route: Route;
      reasons: ReasonCode[];
      nextSteps: NextStep[];
      links: DecisionLink[];
    }
  | {
      outcome: 'not-yet';
      blockers: BlockerCode[];
      reasons: ReasonCode[];
      nextSteps: NextStep[];
      links: DecisionLink[];
    };

/** The Azure portal in the customer's context: built by the knowledge module, the one place for links. */
export { customerPortalUrl };

function nextSteps(ids: readonly KnowledgeId[]): NextStep[] {
  return [...new Set(ids)].map((knowledgeId) => ({ knowledgeId }));
}

/** Links with a fixed URL; the customer's portal is built from the customer's domain instead. */
type FixedLinkId = Exclude<LinkId, 'customer-portal'>;

function links(ids: readonly FixedLinkId[]): DecisionLink[] {
  return ids.map((id) => ({ id, url: getLink(id).url }));
}

function eligible(
  route: Route,
  reasons: ReasonCode[],
  steps: KnowledgeId[],
  linkIds: FixedLinkId[],
  /** For the customer-domain route: https://portal.azure.com/<customer domain>, listed first. */
  portalUrl?: string,
): Decision {
  const decision: Decision = {
    outcome: 'eligible',
    route,
    reasons: [...new Set(reasons)],
    nextSteps: nextSteps(steps),
    links: links(linkIds),
  };
  if (portalUrl !== undefined) decision.links.unshift({ id: 'customer-portal', url: portalUrl });
  return decision;
}

const BLOCKER_STEPS: Readonly<Record<BlockerCode, KnowledgeId[]>> = {
  'incomplete-answers': ['escalation.when'],
  'service-health-not-checked': ['service-health'],
  'troubleshooting-not-done': ['escalation.when', 'partner.duties'],
  'no-escalation-criterion': ['escalation.criteria', 'partner.duties'],
  'reseller-azure-access-missing': ['azure.reseller-access'],
  'helpdesk-admin-azure': ['azure.helpdesk-admin'],
  'delegated-admin-missing': ['m365.create-request', 'entitlement.scope'],
  // The source names no substitute for the ASfP agreement: only how to get one.
  'asfp-missing': ['dynamics.asfp', 'partner.support-plans'],
};

/**
 * The blockers each step's answers can raise, so the step that raises one can say so at once
 * instead of leaving it to the review.
 */
export const STEP_BLOCKERS: Readonly<Partial<Record<StepId, readonly BlockerCode[]>>> = {
  // The checks step: criteria, prerequisites and access questions are all asked there.
  criteria: [
    'service-health-not-checked',
    'troubleshooting-not-done',
    'no-escalation-criterion',
    'reseller-azure-access-missing',
    'helpdesk-admin-azure',
    'asfp-missing',
  ],
};

/** Where to go to clear a blocker; none where the way forward is a person (the indirect provider). */
export const BLOCKER_LINKS: Readonly<Record<BlockerCode, readonly FixedLinkId[]>> = {
  'incomplete-answers': [],
  'service-health-not-checked': ['partner-center'],
  'troubleshooting-not-done': [],
  'no-escalation-criterion': [],
  'reseller-azure-access-missing': [],
  'helpdesk-admin-azure': ['azure-portal'],
  'delegated-admin-missing': [],
  'asfp-missing': ['partner-support-plans'],
};

/**
 * The blockers that the answers given on `step` raise (the answers as a whole decide; only this
 * step's own blockers are returned). Empty when the step raises none.
 */
export function blockersAt(step: StepId, answers: WizardAnswers): BlockerCode[] {
  const own = STEP_BLOCKERS[step] ?? [];
  if (own.length === 0) return [];
  const decision = decide(answers);
  return decision.outcome === 'not-yet' ? decision.blockers.filter((b) => own.includes(b)) : [];
}

/** The links that help clear `blockers`, each once. */
export function blockerLinks(blockers: readonly BlockerCode[]): DecisionLink[] {
  return links([...new Set(blockers.flatMap((b) => BLOCKER_LINKS[b]))]);
}

function notYet(found: BlockerCode[], reasons: ReasonCode[]): Decision {
  const blockers = [...new Set(found)];
  return {
    outcome: 'not-yet',
    blockers,
    reasons: [...new Set(reasons)],
    nextSteps: nextSteps(blockers.flatMap((b) => BLOCKER_STEPS[b])),
    links: links(
      blockers.includes('asfp-missing') ? ['partner-center', 'partner-support-plans'] : ['partner-center'],
    ),
  };
}

/**
 * Decides from the (relevant) answers. Total: missing answers that a rule needs count against
 * eligibility, never for it.
 */
export function decide(answers: WizardAnswers): Decision {
  const { role, service, problemType } = answers;
  if (role === undefined || service === undefined) return notYet(['incomplete-answers'], []);

  const reasons: ReasonCode[] = role === 'indirect-reseller' ? ['reseller-with-provider'] : [];

  if (service === 'own-subscription') {
    return eligible(
      'own-support-plan',
      ['own-subscription-not-covered'],
      ['entitlement.own-subscription', 'bypass.azure-portal', 'bypass.office365', 'partner.support-plans'],
      ['azure-portal', 'm365-admin-center', 'azure-support-faq'],
    );
  }
  if (problemType === undefined) return notYet(['incomplete-answers'], reasons);

  const commercial = problemType === 'billing' || problemType === 'fraud';
  // Microsoft gives no product support for marketplace products; billing and fraud are another matter.
  if (service === 'marketplace' && !commercial) {
    return eligible('isv', ['marketplace-isv'], ['marketplace.isv'], ['marketplace']);
  }
  // Dynamics 365 billing, licensing and plan subscriptions go to Dynamics Support, not Partner Center.
  if (service === 'dynamics365' && problemType === 'billing') {
    return eligible(
      'dynamics-support',
      [...reasons, 'dynamics-billing-licensing'],
      ['dynamics.more-support'],
      ['dynamics-support'],
    );
  }
  if (commercial) {
    return eligible(
      'partner-center',
      [
        ...reasons,
        ...(service === 'marketplace' ? (['marketplace-commercial'] as const) : []),
        'commercial-support',
        'partner-contact',
      ],
      [
        'submit.partner-center',
        ...(service === 'marketplace' ? (['marketplace.isv'] as const) : []),
        'entitlement.scope',
        'response.non-break-fix',
        'phone',
      ],
      ['partner-center'],
    );
  }

  // Technical problems: the partner checks service health and troubleshoots first.
  const blockers: BlockerCode[] = [];
  const prerequisites = answers.prerequisites ?? [];
  if (!prerequisites.includes('service-health-checked')) blockers.push('service-health-not-checked');
  if (!prerequisites.includes('troubleshooting-done')) blockers.push('troubleshooting-not-done');
  if (blockers.length === 0) reasons.push('prerequisites-done');
  if (problemType === 'break-fix') {
    if ((answers.criteria ?? []).length === 0) blockers.push('no-escalation-criterion');
    else reasons.push('criteria-met');
  } else if (isTechnical(problemType)) {
    reasons.push('non-break-fix');
  }

  const access = answers.access ?? {};
  /** A "yes" is needed: "no" blocks with `blocker`; no answer at all means the answers are incomplete. */
  const requireYes = (value: boolean | undefined, blocker: BlockerCode): boolean => {
    if (value === undefined) blockers.push('incomplete-answers');
    else if (!value) blockers.push(blocker);
    return value === true;
  };
  const responseSteps: KnowledgeId[] =
    problemType === 'break-fix'
      ? ['response.severity', 'response.language']
      : ['response.non-break-fix', 'response.language'];

  if (service === 'azure') {
    if (
      role === 'indirect-reseller' &&
      requireYes(access.providerGrantedAccess, 'reseller-azure-access-missing')
    ) {
      reasons.push('provider-granted-access');
    }
    // A Helpdesk admin can't create Azure requests; a support group with that permission can.
    if (access.helpdeskAdmin === undefined) blockers.push('incomplete-answers');
    else if (access.helpdeskAdmin) blockers.push('helpdesk-admin-azure');
    if (access.delegatedAdmin === undefined) blockers.push('incomplete-answers');
    if (blockers.length > 0) return notYet(blockers, reasons);

    const common: ReasonCode[] = [...reasons, 'csp-support-plan', 'partner-contact', 'azure-support-fee'];
    if (access.delegatedAdmin === true) {
      return eligible(
        'azure-portal',
        ['delegated-admin', ...common],
        [
          'submit.partner-center',
          'azure.create-request',
          'bypass.azure-portal',
          'entitlement.fees',
          ...responseSteps,
        ],
        ['partner-center', 'azure-support-faq'],
      );
    }
    // Without admin rights the request is created in the customer's own portal context.
    const domain = answers.details?.customer.domain;
    return eligible(
      'customer-domain-portal',
      ['no-admin-rights', ...common],
      ['azure.no-admin-rights', 'azure.create-request', 'entitlement.fees', ...responseSteps],
      ['partner-center', 'azure-support-faq'],
      domain !== undefined && PATTERNS.domain.test(domain) ? customerPortalUrl(domain) : undefined,
    );
  }

  // Office 365, EMS, Dynamics CRM Online and Dynamics 365 start in Partner Center; no source makes
  // delegated admin a condition for that, so it is asked (and decides the route) only for Azure.
  if (service === 'dynamics365') {
    requireYes(access.asfp, 'asfp-missing');
    if (blockers.length > 0) return notYet(blockers, reasons);
    return eligible(
      'dynamics-asfp',
      [...reasons, 'asfp-in-place', 'partner-contact'],
      [
        'dynamics.asfp',
        'submit.partner-center',
        'm365.create-request',
        'dynamics.more-support',
        ...responseSteps,
      ],
      ['partner-center', 'm365-admin-center', 'dynamics-support'],
    );
  }

  if (blockers.length > 0) return notYet(blockers, reasons);
  return eligible(
    'm365-admin-center',
    [...reasons, 'partner-contact'],
    ['submit.partner-center', 'm365.create-request', 'bypass.office365', ...responseSteps],
    ['partner-center', 'm365-admin-center'],
  );
}

// ---- Stored form -------------------------------------------------------------------------------

const NextStepSchema = z.object({ knowledgeId: z.enum(KNOWLEDGE_IDS) }).strict();
const LinkSchema = z.object({ id: z.enum(LINK_IDS), url: z.string().url().max(2048) }).strict();

/** A decision as stored on a ticket. */
export const DecisionSchema = z.discriminatedUnion('outcome', [
  z
    .object({
      outcome: z.literal('eligible'),
      route: z.enum(ROUTES),
      reasons: z.array(z.enum(REASON_CODES)),
      nextSteps: z.array(NextStepSchema),
      links: z.array(LinkSchema),
      /** Written by earlier versions next to the same link in `links`; accepted on read, never used. */
      portalUrl: z.string().url().max(2048).optional(),
    })
    .strict(),
  z
    .object({
      outcome: z.literal('not-yet'),
      blockers: z.array(z.enum(BLOCKER_CODES)).min(1),
      reasons: z.array(z.enum(REASON_CODES)),
      nextSteps: z.array(NextStepSchema),
      links: z.array(LinkSchema),
    })
    .strict(),
]);
