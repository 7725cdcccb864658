import { faqAnswerCard } from '../../../src/cards/faqCards';
import { VERB } from '../../../src/cards/verbs';
import { LANGS, t } from '../../../src/i18n';
import { getEntry } from '../../../src/knowledge';
import { cardNodes } from '../../helpers/cardNodes';

type Node = Record<string, unknown>;

const nodes = cardNodes;

const texts = (card: unknown) =>
  nodes(card)
    .filter((n) => n.type === 'TextBlock')
    .map((n) => String(n.text));
const votes = (card: unknown) => nodes(card).filter((n) => n.verb === VERB.faqFeedback);

describe('faqAnswerCard and votes', () => {
  it.each(LANGS)('carries the severity it focused on in the vote buttons (%s)', (lang) => {
    const card = faqAnswerCard('response.severity', lang, { focus: { severity: 'B' }, question: 'sev B?' });
    expect(votes(card).map((v) => v.data)).toEqual([
      { knowledgeId: 'response.severity', helpful: true, lang, question: 'sev B?', severity: 'B' },
      { knowledgeId: 'response.severity', helpful: false, lang, question: 'sev B?', severity: 'B' },
    ]);
    expect(votes(faqAnswerCard('phone', lang)).map((v) => (v.data as Node).severity)).toEqual(['', '']);
  });

  it('differs between questions only in the question the vote buttons carry, whatever it holds', () => {
    const question = 'Is ${lang} "phone" support {on}? '.repeat(40);
    const plain = faqAnswerCard('phone', 'en');
    const asked = faqAnswerCard('phone', 'en', { question });
    expect(votes(asked).map((v) => (v.data as Node).question)).toEqual([
      question.slice(0, 500),
      question.slice(0, 500),
    ]);
    const withoutQuestion = JSON.parse(
      JSON.stringify(asked)
        .split(JSON.stringify(question.slice(0, 500)))
        .join('""'),
    );
    expect(withoutQuestion).toEqual(plain);
    // Cards share what does not change: nothing can change it for the next answer.
    expect(() => {
      (asked.body as Node[]).push({});
    }).toThrow(TypeError);
    expect(faqAnswerCard('phone', 'en')).toEqual(plain);
  });

  it.each(LANGS)('after "helpful": says so first, keeps the whole answer, no vote buttons (%s)', (lang) => {
    const before = faqAnswerCard('submit.partner-center', lang);
    const after = faqAnswerCard('submit.partner-center', lang, { vote: 'helpful' });
    expect(texts(after)[0]).toBe(t(lang, 'faq.vote.helpful'));
    expect(texts(after).slice(1)).toEqual(texts(before));
    expect(votes(after)).toEqual([]);
  });

  it.each(LANGS)(
    'after "not helpful": says so, keeps the direct line and answer, not the steps (%s)',
    (lang) => {
      const after = faqAnswerCard('response.severity', lang, {
        vote: 'not-helpful',
        focus: { severity: 'B' },
      });
      const shown = texts(after);
      expect(shown[0]).toBe(t(lang, 'faq.vote.notHelpful'));
      expect(shown).toContain(t(lang, 'faq.severityFocus.B'));
      expect(shown).toContain(getEntry('response.severity').answer[lang]);
      expect(votes(after)).toEqual([]);
      const withSteps = faqAnswerCard('submit.partner-center', lang, { vote: 'not-helpful' });
      for (const step of getEntry('submit.partner-center').steps?.[lang] ?? []) {
        expect(texts(withSteps).some((text) => text.includes(step))).toBe(false);
      }
      expect(nodes(withSteps).some((n) => n.verb === VERB.wizardStart)).toBe(true);
      expect(nodes(withSteps).filter((n) => (n.data as Node | undefined)?.verb === VERB.faqAsk).length).toBe(
        3,
      );
    },
  );
});
