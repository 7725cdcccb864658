import type { FieldId, WizardAnswers } from './model';

/** Where each answer lives in WizardAnswers, by the card field that shows it. */
const FIELD_PATHS: Readonly<Record<FieldId, string>> = {
  role: 'role',
  service: 'service',
  problemType: 'problemType',
  criteria: 'criteria',
  serviceHealthChecked: 'prerequisites',
  troubleshootingDone: 'prerequisites',
  delegatedAdmin: 'access.delegatedAdmin',
  providerGrantedAccess: 'access.providerGrantedAccess',
  helpdeskAdmin: 'access.helpdeskAdmin',
  asfp: 'access.asfp',
  severity: 'severity',
  customerName: 'details.customer.name',
  customerDomain: 'details.customer.domain',
  customerTenantId: 'details.customer.tenantId',
  title: 'details.title',
  description: 'details.description',
  affectedResource: 'details.affectedResource',
  contactName: 'details.contact.name',
  contactEmail: 'details.contact.email',
  contactPhone: 'details.contact.phone',
  contactLanguage: 'details.contact.language',
  microsoftRequestNumber: 'details.microsoftRequestNumber',
};

/** The fields shown for these answer paths, in card order, each once (the two prerequisites share one). */
function fieldsAt(paths: readonly string[]): FieldId[] {
  const fields: FieldId[] = [];
  for (const [field, path] of Object.entries(FIELD_PATHS) as [FieldId, string][]) {
    if (paths.includes(path) && !fields.some((f) => FIELD_PATHS[f] === path)) fields.push(field);
  }
  return fields;
}

export interface Rebased {
  /** Our changes applied on top of theirs. */
  answers: WizardAnswers;
  /** Fields someone else changed since the base (and that are now in `answers`). */
  theirs: FieldId[];
  /** Fields both sides changed, differently: ours is kept. */
  conflicts: FieldId[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A three-way merge of wizard answers: `mine` was edited from `base` while the ticket moved on to
 * `theirs`. Every answer we changed is ours; every other answer is theirs. Objects merge key by key;
 * a list (criteria, prerequisites) is one answer.
 */
export function rebaseAnswers(base: WizardAnswers, mine: WizardAnswers, theirs: WizardAnswers): Rebased {
  const theirPaths: string[] = [];
  const conflictPaths: string[] = [];
  const merge = (b: Json, m: Json, t: Json, path: string): Json => {
    if (isRecord(m) && isRecord(t) && (b === undefined || isRecord(b))) {
      const out: Record<string, Json> = {};
      const keys = new Set([...Object.keys(b ?? {}), ...Object.keys(m), ...Object.keys(t)]);
      for (const key of keys) {
        const value = merge((b ?? {})[key], m[key], t[key], path ? `${path}.${key}` : key);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    if (same(m, b)) {
      if (!same(t, b)) theirPaths.push(path);
      return t;
    }
    if (!same(t, b) && !same(t, m)) conflictPaths.push(path);
    return m;
  };
  const answers = merge(base, mine, theirs, '') as WizardAnswers;
  return { answers, theirs: fieldsAt(theirPaths), conflicts: fieldsAt(conflictPaths) };
}
