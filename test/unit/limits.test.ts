import { ActivityEnvelope } from '../../src/http/activityEnvelope';
import { INPUT_LIMITS } from '../../src/limits';

describe('the table of input limits', () => {
  it('reads the whole of the largest text and card data the envelope allows within the body limit', () => {
    // ASCII text at its limit, with the rest of an activity, must not be refused as too large.
    expect(INPUT_LIMITS.textChars + 16 * 1024).toBeLessThan(INPUT_LIMITS.bodyBytes);
    expect(INPUT_LIMITS.valueChars + 16 * 1024).toBeLessThan(INPUT_LIMITS.bodyBytes);
  });

  it('is the envelope’s: one character over a limit is refused', () => {
    const activity = {
      type: 'message',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      conversation: { id: 'c'.repeat(INPUT_LIMITS.idChars) },
      from: { id: 'u'.repeat(INPUT_LIMITS.idChars), name: 'n'.repeat(INPUT_LIMITS.nameChars) },
      recipient: { id: 'b'.repeat(INPUT_LIMITS.botIdChars) },
      locale: 'l'.repeat(INPUT_LIMITS.localeChars),
    };
    expect(ActivityEnvelope.safeParse(activity).success).toBe(true);
    for (const over of [
      { conversation: { id: 'c'.repeat(INPUT_LIMITS.idChars + 1) } },
      { from: { id: 'u'.repeat(INPUT_LIMITS.idChars + 1) } },
      { recipient: { id: 'b'.repeat(INPUT_LIMITS.botIdChars + 1) } },
      { locale: 'l'.repeat(INPUT_LIMITS.localeChars + 1) },
      { text: 't'.repeat(INPUT_LIMITS.textChars + 1) },
      {
        attachments: Array.from({ length: INPUT_LIMITS.attachments + 1 }, () => ({
          contentType: 'text/html',
        })),
      },
    ]) {
      expect(ActivityEnvelope.safeParse({ ...activity, ...over }).success).toBe(false);
    }
  });
});
