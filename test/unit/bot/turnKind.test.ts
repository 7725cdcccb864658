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
