import {
  bindRequestLang,
  commandText,
  isHelpRequest,
  isListRequest,
  isStartRequest,
} from '../../../src/bot/commands';
import { INPUT_LIMITS } from '../../../src/limits';

describe('commands', () => {
  it.each(['help', 'HELP', '  help  ', 'help!', 'help ?', 'pomoc.', '?', '??', '? !'])(
    '%j asks for help',
    (text) => {
      expect(isHelpRequest(text)).toBe(true);
    },
  );

  it.each(['help me', 'helpx', '.?', '', 'what is help?', undefined, 42])('%j does not', (text) => {
    expect(isHelpRequest(text)).toBe(false);
  });

  it.each([
    'new ticket',
    'New   Ticket!',
    'nowe zgłoszenie',
    'nowe zgloszenie',
    'zgłoś problem',
    'new case.',
  ])('%j starts the wizard', (text) => {
    expect(isStartRequest(text)).toBe(true);
  });

  it.each(['my tickets', 'MY tickets?', 'moje zgłoszenia', 'moje  zgloszenia !'])(
    '%j lists tickets',
    (text) => {
      expect(isListRequest(text)).toBe(true);
    },
  );

  it('binds a channel on a statement, not on a question', () => {
    expect(bindRequestLang('post tickets here!')).toBe('en');
    expect(bindRequestLang('publikuj zgloszenia tutaj')).toBe('pl');
    expect(bindRequestLang('post tickets here?')).toBeUndefined();
  });

  it('reads no text longer than a command can be', () => {
    const padded = `help${' '.repeat(INPUT_LIMITS.commandChars)}`;
    expect(commandText(padded)).toBeUndefined();
    expect(isHelpRequest(padded)).toBe(false);
    expect(isHelpRequest(`help${' '.repeat(INPUT_LIMITS.commandChars - 10)}`)).toBe(true);
  });
});
