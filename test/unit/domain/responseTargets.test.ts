import {
  englishTargetFor,
  LOCAL_LANGUAGE_TARGET,
  nextBusinessDay,
  respondBy,
  responseForContact,
} from '../../../src/domain/responseTargets';
import { CONTACT_LANGUAGES } from '../../../src/domain/wizard/model';

const at = (iso: string) => new Date(iso);

describe('respondBy: break-fix', () => {
  it.each([
    ['A', 'PT2H', 2, '2024-03-08T23:30:00.000Z'],
    ['B', 'PT4H', 4, '2024-03-09T01:30:00.000Z'],
    ['C', 'PT8H', 8, '2024-03-09T05:30:00.000Z'],
  ] as const)('severity %s → %s, clock hours through the weekend', (severity, target, hours, expected) => {
    // Friday 21:30 UTC: break-fix hours are counted from the request, weekends included.
    const result = respondBy({ problemType: 'break-fix', severity, createdAt: at('2024-03-08T21:30:00Z') });
    expect(result).toEqual({ target, hours, respondBy: at(expected) });
  });

  it('ignores holidays', () => {
    const result = respondBy({
      problemType: 'break-fix',
      severity: 'A',
      createdAt: at('2024-12-25T10:00:00Z'),
      holidays: ['2024-12-25'],
    });
    expect(result.respondBy).toEqual(at('2024-12-25T12:00:00Z'));
  });

  it('needs a severity', () => {
    expect(() => respondBy({ problemType: 'break-fix', createdAt: at('2024-03-08T10:00:00Z') })).toThrow(
      TypeError,
    );
  });

  it('rejects an invalid date', () => {
    expect(() => respondBy({ problemType: 'billing', createdAt: new Date('nope') })).toThrow(RangeError);
  });
});

describe('respondBy: one business day', () => {
  it.each([
    ['Monday midday → Tuesday', 'non-break-fix', '2024-03-04T12:00:00Z', '2024-03-05T12:00:00Z'],
    ['Thursday → Friday', 'billing', '2024-03-07T08:15:00Z', '2024-03-08T08:15:00Z'],
    ['Friday evening → Monday', 'non-break-fix', '2024-03-08T18:45:00Z', '2024-03-11T18:45:00Z'],
    ['Saturday → Monday', 'fraud', '2024-03-09T10:00:00Z', '2024-03-11T10:00:00Z'],
    ['Sunday → Monday', 'billing', '2024-03-10T23:59:00Z', '2024-03-11T23:59:00Z'],
  ] as const)('%s', (_name, problemType, created, expected) => {
    const result = respondBy({ problemType, createdAt: at(created) });
    expect(result).toEqual({ target: 'P1BD', respondBy: at(expected) });
  });

  it('ignores severity for non-break-fix', () => {
    const result = respondBy({
      problemType: 'non-break-fix',
      severity: 'A',
      createdAt: at('2024-03-04T12:00:00Z'),
    });
    expect(result.target).toBe('P1BD');
  });

  it('skips configured holidays', () => {
    // Tuesday 24 Dec → 25 and 26 Dec are holidays → Friday 27 Dec.
    const result = respondBy({
      problemType: 'non-break-fix',
      createdAt: at('2024-12-24T09:00:00Z'),
      holidays: ['2024-12-25', '2024-12-26'],
    });
    expect(result.respondBy).toEqual(at('2024-12-27T09:00:00Z'));
  });

  it('skips a holiday Monday after a weekend', () => {
    const result = respondBy({
      problemType: 'billing',
      createdAt: at('2024-03-29T16:00:00Z'), // Friday
      holidays: ['2024-04-01'], // Easter Monday
    });
    expect(result.respondBy).toEqual(at('2024-04-02T16:00:00Z'));
  });

  it('works in UTC whatever the local offset of the input', () => {
    // 23:30 on Friday in UTC+2 is 21:30 UTC on Friday → Monday 21:30 UTC.
    expect(nextBusinessDay(at('2024-03-08T23:30:00+02:00'))).toEqual(at('2024-03-11T21:30:00Z'));
  });

  it('ignores malformed holidays', () => {
    expect(nextBusinessDay(at('2024-03-04T12:00:00Z'), ['2024-3-5', 'tomorrow'])).toEqual(
      at('2024-03-05T12:00:00Z'),
    );
  });

  it('does not modify its input', () => {
    const created = at('2024-03-08T18:45:00Z');
    respondBy({ problemType: 'billing', createdAt: created });
    expect(created.toISOString()).toBe('2024-03-08T18:45:00.000Z');
  });
});

describe('responseForContact: the targets hold for English-speaking support only', () => {
  const created = at('2024-03-08T10:00:00Z');

  it('gives an English-speaking contact the target and the time', () => {
    expect(
      responseForContact({
        problemType: 'break-fix',
        severity: 'B',
        createdAt: created,
        contactLanguage: 'en',
      }),
    ).toEqual({ target: 'PT4H', englishTarget: 'PT4H', respondBy: at('2024-03-08T14:00:00Z') });
  });

  it.each(CONTACT_LANGUAGES.filter((l) => l !== 'en'))(
    'promises a %s-speaking contact no time: business hours, with the English target beside it',
    (contactLanguage) => {
      for (const [problemType, englishTarget] of [
        ['break-fix', 'PT2H'],
        ['non-break-fix', 'P1BD'],
        ['billing', 'P1BD'],
      ] as const) {
        const result = responseForContact({
          problemType,
          severity: 'A',
          createdAt: created,
          contactLanguage,
        });
        expect(result).toEqual({ target: LOCAL_LANGUAGE_TARGET, englishTarget });
        expect(result).not.toHaveProperty('respondBy');
      }
    },
  );

  it('shows the English target while the contact language is not known yet', () => {
    expect(responseForContact({ problemType: 'non-break-fix', createdAt: created }).target).toBe('P1BD');
  });

  it('names the English target without computing a time', () => {
    expect(englishTargetFor('break-fix', 'C')).toBe('PT8H');
    expect(englishTargetFor('fraud')).toBe('P1BD');
    expect(() => englishTargetFor('break-fix')).toThrow(TypeError);
  });
});
