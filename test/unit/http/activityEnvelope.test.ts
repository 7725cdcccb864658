import { parseEnvelope } from '../../../src/http/activityEnvelope';
import { INPUT_LIMITS } from '../../../src/limits';

const message = {
  type: 'message',
  id: 'activity-1',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
  from: { id: '29:user', name: 'Ada Partner', aadObjectId: 'aad-user-1' },
  recipient: { id: '28:bot', name: 'CSP Bot' },
  text: '<at>CSP Bot</at> help',
};

const mention = { type: 'mention', text: '<at>CSP Bot</at>', mentioned: { id: '28:bot', name: 'CSP Bot' } };

const execute = (value: unknown) => ({
  ...message,
  type: 'invoke',
  name: 'adaptiveCard/action',
  text: undefined,
  value,
});

describe('the activity envelope', () => {
  it('takes a message with mentions and other entities, and keeps every field as sent', () => {
    const activity = {
      ...message,
      entities: [mention, { ...mention, type: 'Mention' }, { type: 'clientInfo', locale: 'pl-PL' }],
      extra: { kept: true },
    };
    const result = parseEnvelope(activity);
    expect(result).toEqual({ ok: true, activity });
  });

  it.each([
    ['no text', { type: 'mention', mentioned: { id: '28:bot' } }, ['entities.0.text: Required']],
    ['no one mentioned', { type: 'mention', text: 'x' }, ['entities.0.mentioned: Required']],
    [
      'a mentioned id that is no string',
      { type: 'MENTION', text: 'x', mentioned: { id: 5 } },
      ['entities.0.mentioned.id: Expected string, received number'],
    ],
    [
      'a mentioned id over the limit',
      { ...mention, mentioned: { id: 'm'.repeat(INPUT_LIMITS.idChars + 1) } },
      [`entities.0.mentioned.id: String must contain at most ${INPUT_LIMITS.idChars} character(s)`],
    ],
    [
      'text over the limit',
      { ...mention, text: 't'.repeat(INPUT_LIMITS.textChars + 1) },
      [`entities.0.text: String must contain at most ${INPUT_LIMITS.textChars} character(s)`],
    ],
    [
      'nothing right',
      { type: 'mention', mentioned: 'bot' },
      ['entities.0.mentioned: Expected object, received string', 'entities.0.text: Required'],
    ],
  ])('refuses a mention with %s, naming each problem', (_case, entity, problems) => {
    expect(parseEnvelope({ ...message, entities: [entity] })).toEqual({ ok: false, problems });
  });

  it('checks every mention of a message, at its own index', () => {
    const result = parseEnvelope({
      ...message,
      entities: [mention, { type: 'clientInfo' }, { type: 'mention', mentioned: { id: '28:bot' } }],
    });
    expect(result).toEqual({ ok: false, problems: ['entities.2.text: Required'] });
  });

  it('wants the text of a message with a mention', () => {
    const { text: _text, ...withoutText } = message;
    expect(parseEnvelope({ ...withoutText, entities: [mention] })).toEqual({
      ok: false,
      problems: ['text: Required with a mention'],
    });
    expect(parseEnvelope({ ...withoutText, type: 'conversationUpdate', entities: [mention] }).ok).toBe(true);
  });

  it('takes a card action as Teams sends it', () => {
    const value = {
      action: { type: 'Action.Execute', verb: 'wizard.next', data: { draftId: 'd' } },
      trigger: 'manual',
    };
    expect(parseEnvelope(execute(value))).toMatchObject({ ok: true, activity: { value } });
  });

  it.each([
    ['no action', {}, ['value.action: Required']],
    [
      'another action type',
      { action: { type: 'Action.Submit' } },
      ['value.action.type: Invalid literal value, expected "Action.Execute"'],
    ],
    [
      'data that is no object',
      { action: { type: 'Action.Execute', data: [1] } },
      ['value.action.data: Expected object, received array'],
    ],
    [
      'data that is null',
      { action: { type: 'Action.Execute', data: null } },
      ['value.action.data: Expected object, received null'],
    ],
    [
      'data that is text',
      { action: { type: 'Action.Execute', data: 'x' } },
      ['value.action.data: Expected object, received string'],
    ],
    [
      'a verb over the limit',
      { action: { type: 'Action.Execute', verb: 'v'.repeat(129) } },
      ['value.action.verb: String must contain at most 128 character(s)'],
    ],
  ])('refuses a card action with %s', (_case, value, problems) => {
    expect(parseEnvelope(execute(value))).toEqual({ ok: false, problems });
  });

  it('refuses card data longer than the limit as JSON', () => {
    const data = { note: 'n'.repeat(INPUT_LIMITS.valueChars) };
    expect(parseEnvelope(execute({ action: { type: 'Action.Execute', data } }))).toEqual({
      ok: false,
      problems: [`value: at most ${INPUT_LIMITS.valueChars} characters of JSON`],
    });
  });
});
