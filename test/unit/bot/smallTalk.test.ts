import { COMMANDS, commandText } from '../../../src/bot/commands';
import { languageAskedFor, LANGUAGE_REQUESTS, SMALL_TALK, smallTalkOf } from '../../../src/bot/smallTalk';

describe('small talk', () => {
  it.each([
    ['Thanks!', 'thanks', 'en'],
    ['thank you so much 🙏', 'thanks', 'en'],
    ['THX', 'thanks', 'en'],
    ['Dzięki!', 'thanks', 'pl'],
    ['dzieki wielkie :)', 'thanks', 'pl'],
    ['Dziękuję za pomoc.', 'thanks', 'pl'],
    ['got it 👍', 'ack', 'en'],
    ['Spoko', 'ack', 'pl'],
    ['w porzadku', 'ack', 'pl'],
    ['Bye', 'bye', 'en'],
    ['Na razie!', 'bye', 'pl'],
    ['Who are you?', 'identity', 'en'],
    ['kim jestes', 'identity', 'pl'],
    ['Tell me a joke', 'joke', 'en'],
    ['opowiedz żart 😄', 'joke', 'pl'],
    ['Opowiedz zart', 'joke', 'pl'],
    ['I have a question', 'question', 'en'],
    ['Mam pytanie.', 'question', 'pl'],
    // A greeting in front changes nothing.
    ['Hi, I have a quick question', 'question', 'en'],
    ['Dzień dobry, mam pytanie', 'question', 'pl'],
    ['hello there, thanks!', 'thanks', 'en'],
    ['are you there?', 'presence', 'en'],
    ['Halo?', 'presence', 'pl'],
    ['Talk to a human', 'human', 'en'],
    ['chce rozmawiac z czlowiekiem', 'human', 'pl'],
    ['How do I close a ticket?', 'manage', 'en'],
    ['zamknij zgłoszenie', 'manage', 'pl'],
    ['Edit my ticket', 'manage', 'en'],
    ['zmień zgłoszenie', 'manage', 'pl'],
  ] as const)('reads "%s" as %s in %s', (text, kind, lang) => {
    expect(smallTalkOf(text)).toEqual({ kind, lang });
  });

  it.each([
    ['ok', 'ack'],
    ['OK!', 'ack'],
    ['ok?!?', 'ack'],
    ['super', 'ack'],
    ['👍', 'ack'],
    ['👍👍', 'ack'],
    ['🙏', 'thanks'],
  ] as const)('reads "%s" as %s in no language of its own', (text, kind) => {
    expect(smallTalkOf(text)).toEqual({ kind });
  });

  it.each([
    'thanks, and what about severity B?',
    'dzięki, a jak szybko odpowiadają przy istotności A?',
    'tell me a joke please, long day today',
    'ok so how do I open a ticket in the Azure portal',
    'Who are you supposed to call for a marketplace app?',
    'how do I close a ticket with Microsoft once the customer is happy?',
    'is support in English faster?',
    'hi, is phone support available?',
    'hello',
    '🔥',
    '',
    '   ',
    'thanks'.repeat(20),
    42,
    undefined,
  ])('leaves %p to the other routes', (text) => {
    expect(smallTalkOf(text)).toBeUndefined();
  });

  it.each([
    ['English please', 'en'],
    ['po angielsku', 'en'],
    ['in Polish', 'pl'],
    ['Po polsku proszę!', 'pl'],
    ['a po polsku?', 'pl'],
    ['And in English?', 'en'],
  ] as const)('reads "%s" as asking for %s, whatever the words are in', (text, lang) => {
    expect(languageAskedFor(text)).toBe(lang);
    expect(smallTalkOf(text)).toBeUndefined();
  });

  it.each(['a po polsku to jak?', 'is support in English faster?', 'thanks', undefined])(
    'reads %j as asking for no language',
    (text) => {
      expect(languageAskedFor(text)).toBeUndefined();
    },
  );

  it('keeps every phrase well under the length a message is read up to', () => {
    const phrases = [...Object.values(SMALL_TALK), LANGUAGE_REQUESTS].flatMap((byLang) =>
      Object.values(byLang).flat(),
    );
    expect(Math.max(...phrases.map((p) => p.length))).toBeLessThan(40);
    expect(smallTalkOf(`${' '.repeat(75)}thanks`)).toBeUndefined();
  });

  it('shares no phrase with a command, and no phrase between two kinds', () => {
    const commands = new Set(
      Object.values(COMMANDS).flatMap((byLang) =>
        Object.values(byLang)
          .flat()
          .map((p) => commandText(p)),
      ),
    );
    const seen = new Map<string, string>();
    for (const [kind, byLang] of [...Object.entries(SMALL_TALK), ['language', LANGUAGE_REQUESTS] as const]) {
      for (const phrase of Object.values(byLang).flat()) {
        const words = commandText(phrase) ?? '';
        expect(commands.has(words)).toBe(false);
        expect(seen.get(words) ?? kind).toBe(kind);
        seen.set(words, kind);
      }
    }
  });
});
