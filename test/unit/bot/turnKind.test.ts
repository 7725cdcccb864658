import { describeTurn } from '../../../src/bot/turnKind';

describe('describeTurn', () => {
  it('names messages and other activity types, and bounds unknown ones', () => {
    expect(describeTurn({ type: 'message', text: 'hello' })).toEqual({ activityType: 'message' });
    expect(describeTurn({ type: 'conversationUpdate' })).toEqual({ activityType: 'conversationUpdate' });
    expect(describeTurn({ type: 'made-up' })).toEqual({ activityType: 'other' });
    expect(describeTurn(undefined)).toEqual({ activityType: 'other' });
  });

  it('names card actions by their verb, and any verb it does not know as unknown', () => {
    const action = (verb: unknown) => ({
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb } },
    });
    expect(describeTurn(action('wizard.next'))).toEqual({
      activityType: 'invoke',
      invokeName: 'adaptiveCard/action',
      verb: 'wizard.next',
    });
    expect(describeTurn(action('drop table'))).toMatchObject({ verb: 'unknown' });
    expect(describeTurn(action(42))).toMatchObject({ verb: 'unknown' });
  });

  it('counts a turn whose type, name, value or action is not of its shape as other', () => {
    const invoke = { type: 'invoke', name: 'adaptiveCard/action' };
    for (const activity of [
      null,
      'invoke',
      [invoke],
      { type: 42 },
      { ...invoke, name: ['adaptiveCard/action'] },
      { ...invoke, value: 'wizard.next' },
      { ...invoke, value: null },
      { ...invoke, value: [{ action: { verb: 'wizard.next' } }] },
      { ...invoke, value: { action: 'wizard.next' } },
      { type: 'message', text: 'hi', value: 7 },
    ]) {
      expect(describeTurn(activity)).toEqual({ activityType: 'other' });
    }
    // A value without an action is a card action with no verb.
    expect(describeTurn({ ...invoke, value: {} })).toEqual({
      activityType: 'invoke',
      invokeName: 'adaptiveCard/action',
      verb: 'unknown',
    });
  });

  it('names other invokes, and unknown invoke names as other', () => {
    expect(describeTurn({ type: 'invoke', name: 'task/fetch' })).toEqual({
      activityType: 'invoke',
      invokeName: 'task/fetch',
    });
    expect(describeTurn({ type: 'invoke', name: `x${'y'.repeat(500)}` })).toEqual({
      activityType: 'invoke',
      invokeName: 'other',
    });
  });
});
