import type { Lang } from '../domain/lang';
import type { FieldId, WizardAnswers } from '../domain/wizard/model';
import type { PrefillSources } from '../domain/wizard/start';
import { t, type MessageKey } from '../i18n';
import { problemLabel } from './format';

/**
 * A choice's answer as the card names it, for the note on a wizard's first card. Typed text is never
 * repeated in the note (it is in its input on the details step), so the note carries no user text.
 */
function choiceValue(field: FieldId, answers: WizardAnswers, lang: Lang): string | undefined {
  switch (field) {
    case 'role':
      return answers.role && t(lang, `wizard.role.${answers.role}`);
    case 'service':
      return answers.service && t(lang, `wizard.service.${answers.service}`);
    case 'problemType':
      return answers.problemType && problemLabel(answers.problemType, answers.service, lang);
    case 'severity':
      return answers.severity && t(lang, `wizard.severity.${answers.severity}`);
    case 'helpdeskAdmin': {
      const value = answers.access?.helpdeskAdmin;
      return value === undefined ? undefined : t(lang, value ? 'wizard.choice.yes' : 'wizard.choice.no');
    }
    default:
      return undefined;
  }
}

function names(fields: readonly FieldId[], answers: WizardAnswers, lang: Lang, values: boolean): string {
  return fields
    .map((field) => {
      const name = t(lang, `field.${field}`);
      const value = values ? choiceValue(field, answers, lang) : undefined;
      return value ? `${name} (${value})` : name;
    })
    .join(', ');
}

/** Where the answers a wizard started with came from: last ticket, Teams profile, the sentence typed. */
export function prefillText(sources: PrefillSources, answers: WizardAnswers, lang: Lang): string {
  const parts: string[] = [];
  const add = (key: MessageKey, fields: readonly FieldId[], values = true) => {
    if (fields.length > 0) parts.push(t(lang, key, { fields: names(fields, answers, lang, values) }));
  };
  add('prefill.read', sources.read);
  add('prefill.remembered', sources.remembered);
  add('prefill.teams', sources.teams);
  const filled = parts.length > 0;
  add('prefill.unclear', sources.unclear, false);
  if (filled) parts.push(t(lang, 'prefill.check'));
  return parts.join(' ');
}
