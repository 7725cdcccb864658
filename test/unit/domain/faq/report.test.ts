import {
  isBotAdmin,
  keptQuestion,
  MAX_KEPT_QUESTION,
  worstRated,
  type EntryVotes,
} from '../../../../src/domain/faq/report';

describe('keptQuestion', () => {
  it.each([
    ['  What’s the   weather like TODAY?!  ', 'what’s the weather like today'],
    ['Send it to ada.nowak@contoso.com please', 'send it to [email] please'],
    ['tenant 2f1c6f0e-8a9d-4b7e-9c1a-0d2e3f4a5b6c is down', 'tenant [id] is down'],
    ['call +48 601 234 567 or 2503070010000123', 'call [number] or [number]'],
    ['see https://contoso.sharepoint.com/sites/x?id=1 now', 'see [link] now'],
    ['<b>bold</b> question', 'bold question'],
    ['mail:(ann@contoso.com), a.b-c_d+e@fabrikam.co.uk', 'mail:([email]), [email]'],
    ['< not markup <i>but</i> this is', '< not markup but this is'],
    ['severity A in 2 hours?', 'severity a in 2 hours'],
    ['???', ''],
  ])('%j → %j', (text, kept) => {
    expect(keptQuestion(text)).toBe(kept);
  });

  it('bounds the length, by characters', () => {
    expect([...keptQuestion('ż'.repeat(1000))]).toHaveLength(MAX_KEPT_QUESTION);
  });
});

describe('worstRated', () => {
  const votes: EntryVotes[] = [
    { entryId: 'phone', helpful: 5, notHelpful: 2 },
    { entryId: 'entitlement.fees', helpful: 0, notHelpful: 2 },
    { entryId: 'response.severity', helpful: 9, notHelpful: 0 },
    { entryId: 'bypass.office365', helpful: 1, notHelpful: 3 },
  ];

  it('ranks by not-helpful votes, then their share, leaving out entries nobody voted down', () => {
    expect(worstRated(votes).map((v) => v.entryId)).toEqual([
      'bypass.office365',
      'entitlement.fees',
      'phone',
    ]);
    expect(worstRated(votes, 1).map((v) => v.entryId)).toEqual(['bypass.office365']);
  });
});

describe('isBotAdmin', () => {
  const admins = ['6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'];
  it.each([
    ['6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D', true],
    ['6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', true],
    ['00000000-0000-0000-0000-000000000000', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (id, expected) => {
    expect(isBotAdmin(id, admins)).toBe(expected);
  });

  it('lets nobody in when no admin is configured', () => {
    expect(isBotAdmin('6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', [])).toBe(false);
  });
});
