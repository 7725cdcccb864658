import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  commandOf,
  commandText,
  COMMANDS,
  COMMANDS_WITH_TEXT,
  isCommand,
  ticketReferenceOf,
} from '../../../src/bot/commands';
import { INPUT_LIMITS } from '../../../src/limits';

describe('commands', () => {
  it.each([
    ['pomoc.', 'help', 'pl'],
    ['new ticket', 'start', 'en'],
    ['New   Ticket!', 'start', 'en'],
    ['nowe zgłoszenie', 'start', 'pl'],
    ['nowe zgloszenie', 'start', 'pl'],
    ['Zgłoś problem', 'start', 'pl'],
    ['new case.', 'start', 'en'],
    ['my tickets', 'list', 'en'],
    ['MY tickets?', 'list', 'en'],
    ['moje  zgloszenia !', 'list', 'pl'],
    ['post tickets here!', 'bind', 'en'],
    ['publikuj zgloszenia tutaj', 'bind', 'pl'],
    ['faq report', 'report', 'en'],
    ['Raport FAQ.', 'report', 'pl'],
    ['What can you do?', 'help', 'en'],
    ['Can you help me?', 'help', 'en'],
    ['I want to open a ticket', 'start', 'en'],
    ['open a case', 'start', 'en'],
    ['Chcę założyć zgłoszenie', 'start', 'pl'],
    ['zgłoś!', 'start', 'pl'],
    ['Ticket status', 'list', 'en'],
    ['Hello!', 'help', 'en'],
    ['co potrafisz?', 'help', 'pl'],
    ['Cześć!', 'help', 'pl'],
    ['dzien dobry', 'help', 'pl'],
  ])('%j is the %s command, in %s', (text, name, lang) => {
    expect(commandOf(text)).toEqual({ name, lang });
  });

  it.each(['?', '??', '? !', 'help', 'HELP', '  help  ', 'help!', 'help ?'])(
    '%j asks for help, in no language of its own (the client decides)',
    (text) => {
      expect(commandOf(text)).toEqual({ name: 'help' });
    },
  );

  it.each(['help me with severity', 'helpx', '.?', '', 'what is help?', 'post tickets here?', undefined, 42])(
    '%j is no command',
    (text) => {
      expect(commandOf(text)).toBeUndefined();
    },
  );

  it.each([
    ['new ticket: VMs down, sev A', 'en', 'VMs down, sev A'],
    ['New Ticket :  VMs down  ', 'en', 'VMs down'],
    ['nowe zgloszenie: maszyny nie działają', 'pl', 'maszyny nie działają'],
    ['Zgłoś problem: Exchange: brak poczty', 'pl', 'Exchange: brak poczty'],
    ['create ticket: VMs down in West Europe', 'en', 'VMs down in West Europe'],
    ['załóż zgłoszenie: Teams nie działa', 'pl', 'Teams nie działa'],
  ])('%j starts a ticket from a sentence, in %s', (text, lang, rest) => {
    expect(commandOf(text)).toEqual({ name: 'start', lang, text: rest });
  });

  it('takes a sentence after "new ticket:" of any length, and a bare "new ticket:" as the plain command', () => {
    expect(commandOf(`new ticket: ${'x'.repeat(INPUT_LIMITS.commandChars * 2)}`)?.text).toHaveLength(
      INPUT_LIMITS.commandChars * 2,
    );
    expect(commandOf('new ticket:   ')).toEqual({ name: 'start', lang: 'en' });
  });

  it.each([
    'my tickets: open ones',
    'help: me',
    'what is a new ticket: a question',
    ': new ticket',
    `${'x'.repeat(INPUT_LIMITS.commandChars)} new ticket: VMs down`,
  ])('%j takes no sentence', (text) => {
    expect(commandOf(text)).toBeUndefined();
  });

  it('describes the sentence form in the manifest, in English and Polish, for every command that takes one', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
      bots: { commandLists: { commands: { title: string; description: string }[] }[] }[];
    };
    const polish = JSON.parse(
      readFileSync(join(__dirname, '../../../manifest/pl-pl.json'), 'utf8'),
    ) as Record<string, string>;
    let checked = 0;
    (manifest.bots[0]?.commandLists ?? []).forEach((list, l) =>
      list.commands.forEach((command, c) => {
        const name = commandOf(command.title)?.name;
        if (name === undefined || !COMMANDS_WITH_TEXT.includes(name)) return;
        expect(command.description).toContain(`${command.title}:`);
        const key = `bots[0].commandLists[${l}].commands[${c}]`;
        expect(polish[`${key}.description`]).toContain(`${polish[`${key}.title`] ?? '?'}:`);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('reads no text longer than a command can be', () => {
    const padded = `help${' '.repeat(INPUT_LIMITS.commandChars)}`;
    expect(commandText(padded)).toBeUndefined();
    expect(isCommand(padded, 'help')).toBe(false);
    expect(isCommand(`help${' '.repeat(INPUT_LIMITS.commandChars - 10)}`, 'help')).toBe(true);
  });

  it('knows every command the manifest lists, in English and in Polish', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
      bots: { commandLists: { commands: { title: string }[] }[] }[];
    };
    const polish = JSON.parse(
      readFileSync(join(__dirname, '../../../manifest/pl-pl.json'), 'utf8'),
    ) as Record<string, string>;
    const lists = manifest.bots[0]?.commandLists ?? [];
    const known = (lang: 'en' | 'pl') =>
      new Set(Object.values(COMMANDS).flatMap((words) => words[lang].map((w) => commandText(w))));
    let checked = 0;
    lists.forEach((list, l) =>
      list.commands.forEach((command, c) => {
        // The example question a list ends with is answered by the FAQ, not a command.
        if (command.title.endsWith('?')) return;
        expect([command.title, known('en').has(commandText(command.title))]).toEqual([command.title, true]);
        const pl = polish[`bots[0].commandLists[${l}].commands[${c}].title`] ?? '';
        expect([pl, known('pl').has(commandText(pl))]).toEqual([pl, true]);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['CSP-000123', 'CSP-000123'],
    ['csp-123', 'CSP-000123'],
    ['status of CSP 42?', 'CSP-000042'],
    ['gdzie jest moje CSP-1234567', 'CSP-1234567'],
    ['CSP-000123 and CSP-123 again', 'CSP-000123'],
  ])('reads %j as the ticket %s', (text, id) => {
    expect(ticketReferenceOf(text)).toBe(id);
  });

  it.each([
    'CSP-000123 or CSP-000124?',
    'CSP-0',
    'XCSP-000123',
    'CSP-000123x',
    'why did the customer in ticket CSP-000123 not get a first response within four hours?',
    'CSP',
    undefined,
  ])('reads %j as no ticket', (text) => {
    expect(ticketReferenceOf(text)).toBeUndefined();
  });
});
