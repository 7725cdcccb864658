import { FIELDS, madeTitle, withAutomaticTitle } from './fields';
import { FIELD_IDS, type FieldId, type WizardAnswers } from './model';

export interface Rebased {
  /** Our changes applied on top of theirs. */
  answers: WizardAnswers;
  /** Fields someone else changed since the base (and that are now in `answers`). */
  theirs: FieldId[];
  /** Fields both sides changed, differently: ours is kept. */
  conflicts: FieldId[];
  /** Fields we changed that theirs does not have yet (the conflicts among them): none when ours is in theirs already. */
  ours: FieldId[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A three-way merge of wizard answers, input by input: `mine` was edited from `base` while the ticket
 * moved on to `theirs`. Every input we changed is ours; every other input is theirs. A list (the
 * criteria) is one input; the two prerequisite toggles are two. A title made from the description is
 * no typed input: it is made again from the description the merge keeps.
 */
export function rebaseAnswers(base: WizardAnswers, mine: WizardAnswers, theirs: WizardAnswers): Rebased {
  let answers = theirs;
  const changedByThem: FieldId[] = [];
  const conflicts: FieldId[] = [];
  const ours: FieldId[] = [];
  for (const id of FIELD_IDS) {
    const field = FIELDS[id];
    const [b, m, t] = [field.read(base), field.read(mine), field.read(theirs)];
    if (same(m, b)) {
      if (!same(t, b)) changedByThem.push(id);
      continue;
    }
    // Both made the same change: theirs is it already.
    if (same(t, m)) continue;
    if (!same(t, b)) conflicts.push(id);
    ours.push(id);
    answers = field.write(answers, m);
  }
  // A title nobody typed follows the description the merge kept, as made on the side it came from.
  answers = withAutomaticTitle(answers, [madeTitle(mine.details), madeTitle(theirs.details)]);
  return { answers, theirs: changedByThem, conflicts, ours };
}
