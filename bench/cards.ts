import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type * as FaqCards from '../src/cards/faqCards';
import type * as HelpCard from '../src/cards/helpCard';
import { renderCard } from '../src/cards/render';
import type * as StepCard from '../src/cards/stepCard';
import type * as TicketCard from '../src/cards/ticketCard';
import type * as TicketListCard from '../src/cards/ticketListCard';
import { newTicketFromDraft } from '../src/domain/ticket';
import { STEPS, type WizardAnswers } from '../src/domain/wizard/model';
import { reviewOutcome } from '../src/domain/wizard/review';
import { LANGS } from '../src/i18n';
import { KNOWLEDGE_IDS } from '../src/knowledge';
import { AZURE_ANSWERS } from '../test/helpers/answers';
import { expandAsCard, expandWithLibrary } from '../test/helpers/templatingLibrary';
import type { BenchModule } from './run';
import { median, num, table, times } from './stats';

/** Timed samples per card and renders per sample; fewer with --quick. */
const SAMPLES = 25;
const QUICK_SAMPLES = 5;
const RENDERS_PER_SAMPLE = 20;

interface Rendering {
  template: object;
  data: object;
}

const load = createRequire(__filename);

/**
 * The renderCard calls the card builders make in `build`, with their view models: `build` gets
 * fresh copies of src/cards/ loaded over a render module that records each call (the copies are
 * dropped again afterwards, so the rest of the process keeps the real modules).
 */
function recordRenderings(build: (cards: typeof load) => void): Rendering[] {
  const renderFile = load.resolve('../src/cards/render');
  const cardsDir = path.dirname(renderFile) + path.sep;
  const inCards = (file: string) => file.startsWith(cardsDir);
  const saved = Object.entries(load.cache).filter(([file]) => inCards(file));
  const renderings: Rendering[] = [];
  const recording = new Module(renderFile);
  recording.filename = renderFile;
  recording.loaded = true;
  recording.exports = {
    ...(load(renderFile) as object),
    renderCard: (template: object, data: object) => {
      renderings.push({ template, data });
      return renderCard(template, data);
    },
  };
  const forget = () =>
    Object.keys(load.cache)
      .filter(inCards)
      .forEach((file) => delete load.cache[file]);
  forget();
  load.cache[renderFile] = recording;
  try {
    build(load);
  } finally {
    forget();
    for (const [file, module] of saved) load.cache[file] = module;
  }
  return renderings;
}

const NOW = new Date('2024-03-08T10:00:00Z');
const META = {
  seq: 42,
  requester: { id: '29:ann', name: 'Ann Partner' },
  conversation: { id: 'a:1', type: 'personal' as const, serviceUrl: 'https://smba.example/' },
  tenantId: 't1',
  now: NOW,
  idempotencyKey: 'd:1',
};

/** The cards the bot renders most, in both languages, by kind. */
function cardsByKind(): { kind: string; renderings: Rendering[] }[] {
  const answers: WizardAnswers = AZURE_ANSWERS;
  const of = <T>(cards: typeof load, name: string) => cards(`../src/cards/${name}`) as T;
  return [
    {
      kind: 'wizard step cards (every step)',
      renderings: recordRenderings((cards) => {
        const { wizardStepCard } = of<typeof StepCard>(cards, 'stepCard');
        for (const lang of LANGS) {
          for (const step of STEPS) {
            wizardStepCard('d-1', { answers, step, rev: 3 }, lang, { review: reviewOutcome(answers, NOW) });
          }
        }
      }),
    },
    {
      kind: 'ticket cards',
      renderings: recordRenderings((cards) => {
        const { ticketSummaryCard } = of<typeof TicketCard>(cards, 'ticketCard');
        const ticket = newTicketFromDraft({ answers }, META);
        for (const lang of LANGS) ticketSummaryCard(ticket, lang, { notice: 'created' });
      }),
    },
    {
      kind: 'FAQ answers (every entry)',
      renderings: recordRenderings((cards) => {
        const { faqAnswerCard } = of<typeof FaqCards>(cards, 'faqCards');
        for (const lang of LANGS) for (const id of KNOWLEDGE_IDS) faqAnswerCard(id, lang);
      }),
    },
    {
      kind: 'help, unsure and ticket list',
      renderings: recordRenderings((cards) => {
        const { helpCard } = of<typeof HelpCard>(cards, 'helpCard');
        const { faqUnsureCard } = of<typeof FaqCards>(cards, 'faqCards');
        const { ticketListCard } = of<typeof TicketListCard>(cards, 'ticketListCard');
        const tickets = Array.from({ length: 10 }, (_, i) =>
          newTicketFromDraft({ answers }, { ...META, seq: i + 1 }),
        );
        for (const lang of LANGS) {
          helpCard(lang);
          faqUnsureCard(lang, KNOWLEDGE_IDS.slice(0, 3));
          ticketListCard(tickets, lang);
        }
      }),
    },
  ];
}

/** Milliseconds per render of `rendering` by `expand`: a sample is RENDERS_PER_SAMPLE renders. */
function sample(expand: (template: object, data: object) => unknown, rendering: Rendering): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < RENDERS_PER_SAMPLE; i++) expand(rendering.template, rendering.data);
  return Number(process.hrtime.bigint() - start) / 1e6 / RENDERS_PER_SAMPLE;
}

const ms = (x: number) => `${num(x, 4)} ms`;

/**
 * `renderCard` (templates compiled once into closures, src/cards/cardTemplate.ts) against
 * adaptivecards-templating, which it replaced, on the same view models in the same run: each card's
 * samples alternate between the two, and a card's time is the median of its samples.
 */
export const cardsBench: BenchModule = {
  name: 'card rendering: adaptivecards-templating vs compiled templates (in process, same view models)',
  run({ quick }) {
    const samples = quick ? QUICK_SAMPLES : SAMPLES;
    const rows = [['cards', 'n', 'library / card', 'compiled / card', 'compiled / library', 'same JSON']];
    let libraryTotal = 0;
    let compiledTotal = 0;
    for (const { kind, renderings } of cardsByKind()) {
      let library = 0;
      let compiled = 0;
      let same = 0;
      for (const rendering of renderings) {
        const { template, data } = rendering;
        if (isDeepStrictEqual(renderCard(template, data), expandAsCard(template, data))) same += 1;
        // Warm both up, then alternate.
        sample(expandWithLibrary, rendering);
        sample(renderCard, rendering);
        const taken = { library: [] as number[], compiled: [] as number[] };
        for (let i = 0; i < samples; i++) {
          taken.library.push(sample(expandWithLibrary, rendering));
          taken.compiled.push(sample(renderCard, rendering));
        }
        library += median(taken.library);
        compiled += median(taken.compiled);
      }
      libraryTotal += library;
      compiledTotal += compiled;
      const n = renderings.length;
      rows.push([
        kind,
        String(n),
        ms(library / n),
        ms(compiled / n),
        times(compiled / library, 3),
        `${same} of ${n}`,
      ]);
    }
    return [
      `${samples} samples of ${RENDERS_PER_SAMPLE} renders per card, median per card, mean per kind`,
      ...table(rows),
      `ratio compiled / library over all cards: ${times(compiledTotal / libraryTotal, 3)} (${num(libraryTotal / compiledTotal, 1)} times faster)`,
    ];
  },
};
