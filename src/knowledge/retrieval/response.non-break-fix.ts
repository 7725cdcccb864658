import type { EntryRetrieval } from '../schema';

/**
 * How questions find `response.non-break-fix`: example questions and extra search words.
 * Nothing here is shown to users; the entry's content is in ../entries/response.non-break-fix.ts.
 */
export const retrieval: EntryRetrieval = {
  id: 'response.non-break-fix',
  examples: {
    en: [
      'it is a how-to question, not an outage, when will Microsoft get back to us',
      'response time for an advisory request where nothing is broken',
      'What is the response time for a request that is not break-fix?',
      'How long for an advisory question?',
      'Response time for how-to questions',
      'What counts as break-fix?',
      'non break-fix incident response time',
      'up to one business day response',
      'How quickly are billing questions answered?',
      'general question ticket, when do I get an answer',
      'nothing is broken, just a question, how long is the response',
      'response for non technical requests',
      'configuration advice request response time',
    ],
    pl: [
      'to pytanie jak coś zrobić, a nie awaria, kiedy Microsoft odpowie',
      'czas odpowiedzi na zgłoszenie doradcze, gdy nic nie jest zepsute',
      'Jaki jest czas odpowiedzi dla zgłoszenia, które nie jest break-fix?',
      'Jak długo czekać na odpowiedź na pytanie doradcze?',
      'czas odpowiedzi na pytania typu jak to zrobic',
      'co to jest incydent break-fix',
      'czas reakcji dla zgloszen innych niz awaria',
      'odpowiedz do jednego dnia roboczego',
      'jak szybko odpowiadaja na pytania o rozliczenia',
      'zgloszenie z ogolnym pytaniem, kiedy odpowiedz',
      'nic sie nie zepsulo, tylko pytanie, ile czekam na odpowiedz',
      'odpowiedz na zgloszenia nietechniczne',
      'prosba o porade konfiguracyjna czas odpowiedzi',
    ],
  },
  keywords: {
    en: [
      'break-fix',
      'non break-fix',
      'advisory',
      'how-to',
      'question',
      'one business day',
      'not broken',
      'non technical',
      'breakfix',
      'non-breakfix',
      'configure',
      'configuration question',
      'when',
    ],
    pl: [
      'break-fix',
      'naprawa awarii',
      'doradcze',
      'pytanie',
      'jeden dzień roboczy',
      'dzień roboczy',
      'nietechniczne',
      'porada',
      'niebędące awarią',
      'breakfix',
      'skonfigurować',
      'konfiguracja',
      'kiedy',
    ],
  },
};
