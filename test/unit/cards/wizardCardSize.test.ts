import { shortLabel } from '../../../src/cards/format';
import { asPlainLines, type CardJson } from '../../../src/cards/render';
import { wizardStepCard, type CardChanges, type WizardCardOptions } from '../../../src/cards/stepCard';
import { VERB } from '../../../src/cards/verbs';
import { STEP_BLOCKERS } from '../../../src/domain/eligibility';
import { formatTicketId } from '../../../src/domain/ticket';
import { FIELDS } from '../../../src/domain/wizard/fields';
import { applicableSteps, stepFields, submitStep } from '../../../src/domain/wizard/flow';
import {
  CRITERIA,
  FIELD_IDS,
  LIMITS,
  newDraft,
  STEPS,
  type Draft,
  type FieldId,
  type StepId,
} from '../../../src/domain/wizard/model';
import { reviewOutcome } from '../../../src/domain/wizard/review';
import type { PrefillSources } from '../../../src/domain/wizard/start';
import { LANGS, t, type Lang } from '../../../src/i18n';
import { INPUT_LIMITS, OUTPUT_LIMITS } from '../../../src/limits';
import {
  ALLOWED_MESSAGE_BYTES,
  COSTLY,
  filled,
  LONGEST_EMAIL,
  LONGEST_PHONE,
  longestDomain,
  messageBytes,
  MIXED,
  ROUTES,
  type Route,
} from '../../helpers/cardSize';
import { cardNodes } from '../../helpers/cardNodes';

/**
 * The largest cards the wizard can draw, from the real limits, in both languages: every step of
 * every route, showing its answers at their limits or what was typed and refused (each input as long
 * and as costly as an action can carry: lone halves of surrogate pairs, control characters, quotes,
 * backslashes, emoji, Polish diacritics), with every error, blocker and notice (the longest list of
 * who changed a ticket meanwhile), and the review with every answer at its limit. The message that
 * carries one must leave room for the envelope Teams adds and stay under the size Teams accepts.
 */

const NOW = new Date('2024-03-08T10:00:00Z');
const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
/** Longer than anything a step keeps of an input, however short its characters. */
const TYPED = LIMITS.pendingText + 1;
/** The costliest texts: each character alone, and all of them mixed. */
const TEXTS = [MIXED, ...COSTLY];

const maxLength = (field: FieldId) => FIELDS[field].maxLength ?? 0;

/** A step's inputs as a card sends them, answering it (every text at its limit, made of `text`). */
function answering(step: StepId, route: Route, text: string): Record<string, string> {
  const yes = route.checked ? 'yes' : 'no';
  switch (step) {
    case 'role':
      return { role: route.role };
    case 'service':
      return { service: route.service, problemType: route.problemType };
    case 'criteria':
      return {
        criteria: route.checked ? CRITERIA.join(',') : '',
        serviceHealthChecked: String(route.checked),
        troubleshootingDone: String(route.checked),
        delegatedAdmin: yes,
        providerGrantedAccess: yes,
        helpdeskAdmin: yes,
        asfp: yes,
        severity: 'A',
      };
    case 'details':
      return {
        customerName: filled(text, maxLength('customerName')),
        customerDomain: longestDomain(),
        customerTenantId: GUID,
        title: filled(text, maxLength('title')),
        description: filled(text, maxLength('description')),
        affectedResource: filled(text, maxLength('affectedResource')),
        contactName: filled(text, maxLength('contactName')),
        contactEmail: LONGEST_EMAIL,
        contactPhone: LONGEST_PHONE,
        contactLanguage: 'pl',
        microsoftRequestNumber: '1'.repeat(maxLength('microsoftRequestNumber')),
      };
    case 'review':
      return {};
  }
}

/**
 * The draft at the review, every step answered through the wizard (blockers accepted), or undefined
 * when the wizard does not take `text` in its text inputs.
 */
function answered(route: Route, text: string): Draft | undefined {
  const key = JSON.stringify([route, text]);
  if (!answers.has(key)) answers.set(key, answeredAnew(route, text));
  return answers.get(key);
}
const answers = new Map<string, Draft | undefined>();

function answeredAnew(route: Route, text: string): Draft | undefined {
  let draft = newDraft();
  for (let i = 0; i < 10 && draft.step !== 'review'; i++) {
    const position = { draftRev: draft.rev, step: draft.step };
    const inputs = answering(draft.step, route, text);
    let result = submitStep(draft, position, inputs);
    if (!result.ok && result.reason === 'blocked')
      result = submitStep(draft, position, { ...inputs, acknowledge: result.blockers.join(',') });
    if (!result.ok) return undefined;
    draft = result.draft;
  }
  return draft;
}

/** `draft` back on `step`, with `text` typed into every input of it and refused: kept, with the errors. */
function typedInto(draft: Draft, step: StepId, text: string): { draft: Draft; options: WizardCardOptions } {
  const key = JSON.stringify([draft, step, text]);
  const known = typed.get(key) ?? typedIntoAnew(draft, step, text);
  typed.set(key, known);
  return known;
}
const typed = new Map<string, { draft: Draft; options: WizardCardOptions }>();

function typedIntoAnew(
  draft: Draft,
  step: StepId,
  text: string,
): { draft: Draft; options: WizardCardOptions } {
  const at = { ...draft, step };
  const typed = Object.fromEntries(stepFields(step, at.answers).map((field) => [field, filled(text, TYPED)]));
  const result = submitStep(at, { draftRev: at.rev, step }, typed);
  if (result.ok || result.reason !== 'invalid') throw new Error(`expected ${step} to refuse what was typed`);
  return { draft: result.draft, options: { errors: result.errors } };
}

/** Who changed a ticket meanwhile: many people, each name as long as Teams sends it, made of `text`. */
function changes(text: string): CardChanges {
  const by = Array.from({ length: 50 }, (_, i) => `${i}${filled(text, INPUT_LIMITS.nameChars - 2)}`);
  // Every answer changed on both sides: each named twice, as changed and as kept ours.
  return { by, fields: [], conflicts: FIELD_IDS };
}

const PREFILLED: PrefillSources = {
  remembered: [...FIELD_IDS],
  teams: [...FIELD_IDS],
  read: [...FIELD_IDS],
  unclear: [...FIELD_IDS],
};

/** Every notice a card shows, each with what comes with it. */
function notices(text: string): WizardCardOptions[] {
  return [
    { notice: 'stale' },
    { notice: 'invalidAction' },
    { notice: 'incomplete' },
    { notice: 'saveFailed', retryVerb: VERB.wizardSubmit },
    { notice: 'changedMeanwhile', changes: changes(text) },
    { notice: 'prefilled', prefilled: PREFILLED },
  ];
}

/** An edit of the ticket with the longest id, and what every card may carry besides. */
function asEdit(draft: Draft): Draft {
  return { ...draft, edit: { ticketId: formatTicketId(Number.MAX_SAFE_INTEGER), version: 1, base: {} } };
}
/** What a card of `step` may carry besides: the blockers of the step, a time zone, an expiry. */
const everyCard = (step: StepId): WizardCardOptions => ({
  blockers: STEP_BLOCKERS[step] ?? [],
  timeZone: 'America/Argentina/ComodRivadavia',
  expiresAt: new Date(8.64e15),
});

interface Sized {
  bytes: number;
  draft: Draft;
  options: WizardCardOptions;
  text: string;
}

/** The card for `draft` with `options`, the review's decision worked out as the wizard service does. */
function card(draft: Draft, lang: Lang, options: WizardCardOptions): CardJson {
  return wizardStepCard('d'.repeat(64), draft, lang, {
    ...options,
    ...(draft.step === 'review' && { review: reviewOutcome(draft.answers, NOW) }),
  });
}

/** Each route answered through the wizard with the first of TEXTS it takes in its text inputs. */
const ANSWERED = ROUTES.map((route) => {
  for (const text of TEXTS) {
    const draft = answered(route, text);
    if (draft) return { route, text, draft };
  }
  throw new Error(`no text answers ${JSON.stringify(route)}`);
});

/**
 * The card of `step` for `draft` (back on it from the review): its answers as they are, or with
 * `typed` typed into every input and refused.
 */
function sizedOn(step: StepId, draft: Draft, typed: string, text: string, lang: Lang): Sized {
  if (step === 'review' || typed === '') {
    const options = everyCard(step);
    const at = { ...draft, step };
    return { bytes: messageBytes(card(at, lang, options)), draft: at, options, text };
  }
  const kept = typedInto(draft, step, typed);
  const options = { ...everyCard(step), ...kept.options };
  return { bytes: messageBytes(card(kept.draft, lang, options)), draft: kept.draft, options, text };
}

/**
 * The cards of `step` at their largest before notices, the largest first: every route; then, on the
 * route that makes the largest, every text the wizard takes, every text typed, and as an edit.
 */
function largestOn(step: StepId, lang: Lang): Sized[] {
  const onRoutes = ANSWERED.filter((a) => applicableSteps(a.draft.answers).includes(step)).map((a) => ({
    ...a,
    ...sizedOn(step, a.draft, MIXED, a.text, lang),
  }));
  onRoutes.sort((a, b) => b.bytes - a.bytes);
  const route = onRoutes[0]?.route;
  if (!route) return [];
  const sized: Sized[] = [...onRoutes];
  for (const text of TEXTS) {
    const draft = answered(route, text);
    if (!draft) continue;
    for (const typed of step === 'review' ? [''] : ['', ...TEXTS])
      for (const edited of [draft, asEdit(draft)]) sized.push(sizedOn(step, edited, typed, text, lang));
  }
  return sized.sort((a, b) => b.bytes - a.bytes);
}

describe('the largest wizard cards fit in a Teams message', () => {
  it('the worst case is what the wizard takes: every text input at its limit, costly characters too', () => {
    // Each route is answered (with the first text taken); lone halves of surrogate pairs are taken.
    expect(ANSWERED).toHaveLength(ROUTES.length);
    expect(ANSWERED.some((a) => a.text === '\ud800')).toBe(true);
    const details = answered(ROUTES[0] as Route, '\\')?.answers.details;
    expect(details?.description).toHaveLength(LIMITS.description);
    expect(details?.customer.domain).toHaveLength(LIMITS.domain);
  });

  const cases = LANGS.flatMap((lang) => STEPS.map((step) => [lang, step] as const));
  it.each(cases)(
    'in %s, every %s card, with what was typed, every error, blocker and notice',
    (lang, step) => {
      const sized = largestOn(step, lang);
      expect(sized.length).toBeGreaterThan(0);
      let largest = sized[0]?.bytes ?? 0;
      for (const { draft, options, text } of sized.slice(0, 3))
        for (const notice of notices(text)) {
          largest = Math.max(largest, messageBytes(card(draft, lang, { ...options, ...notice })));
        }
      expect(largest).toBeLessThanOrEqual(ALLOWED_MESSAGE_BYTES);
    },
  );

  it.each(LANGS)(
    'in %s, a review shows a long description whole unless the card would be too large',
    (lang) => {
      const note = t(lang, 'wizard.review.descriptionShortened');
      const description = (draft: Draft, options: WizardCardOptions) =>
        cardNodes(card(draft, lang, options)).find((n) => n.title === shortLabel('description', lang))
          ?.value as string;
      // A description at its limit, every character escaped twice, under the longest notice, as an edit.
      const crowded = { notice: 'changedMeanwhile', changes: changes('\\') } as const;
      let shortenedOnes = 0;
      for (const route of ROUTES.filter((r) => r.checked)) {
        const plain = answered(route, 'Polskie znaki: zażółć gęślą jaźń. ');
        const worst = answered(route, '\\');
        if (!plain || !worst) throw new Error('expected both to be answered');
        expect(description(plain, crowded)).toBe(asPlainLines(plain.answers.details?.description ?? ''));
        for (const draft of [worst, asEdit(worst)]) {
          const shown = description(draft, crowded);
          if (shown === asPlainLines(worst.answers.details?.description ?? '')) continue;
          shortenedOnes++;
          expect(/^(\\\\)+…\n\n/.test(shown)).toBe(true);
          expect(shown.endsWith(`\n\n${note}`)).toBe(true);
          // Shortened to what fits, not further.
          expect(messageBytes(card(draft, lang, crowded))).toBeGreaterThan(OUTPUT_LIMITS.cardBytes * 0.95);
        }
        // The draft keeps every character of it.
        expect(worst.answers.details?.description).toHaveLength(LIMITS.description);
      }
      expect(shortenedOnes).toBeGreaterThan(0);
    },
  );
});
