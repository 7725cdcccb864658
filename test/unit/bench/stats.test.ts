import {
  addCounts,
  countDelta,
  describeCounts,
  growth,
  median,
  num,
  percentile,
  range,
  ratio,
  ratiosToBaseline,
  table,
  times,
} from '../../../bench/stats';

describe('percentile (nearest rank)', () => {
  it('picks the value at the rank, whatever the order', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 100)).toBe(5);
    expect(percentile(values, 1)).toBe(1);
    expect(percentile(values, 80)).toBe(4);
  });

  it('gives the 99th percentile of 1..100 as 99 and of 1..10 as 10', () => {
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(99);
    expect(
      percentile(
        Array.from({ length: 10 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(10);
  });

  it('is 0 for no values and does not reorder its input', () => {
    expect(percentile([], 50)).toBe(0);
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratios to the baseline', () => {
  it('divides, and is NaN for a zero or missing baseline', () => {
    expect(ratio(30, 60)).toBe(0.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });

  it('pairs each round with the baseline of the same round', () => {
    const base = [
      { turnsPerSecond: 1000, p99Ms: 50, botCpuMsPerTurn: 1 },
      { turnsPerSecond: 500, p99Ms: 100, botCpuMsPerTurn: 2 },
    ];
    const scenario = [
      { turnsPerSecond: 250, p99Ms: 100, botCpuMsPerTurn: 4 },
      { turnsPerSecond: 250, p99Ms: 100, botCpuMsPerTurn: 4 },
    ];
    expect(ratiosToBaseline(scenario, base)).toEqual({ throughput: [0.25, 0.5], p99: [2, 1], cpu: [4, 2] });
  });

  it('leaves out rounds missing on either side', () => {
    const one = { turnsPerSecond: 100, p99Ms: 10, botCpuMsPerTurn: 1 };
    expect(ratiosToBaseline([one, one], [one, undefined]).throughput).toEqual([1]);
  });

  it('grows from the first sample to the last', () => {
    expect(growth([100, 150, 105])).toBeCloseTo(0.05);
    expect(growth([100])).toBeNaN();
  });
});

describe('report cells and tables', () => {
  it('formats numbers, ratios and ranges, with a dash for what cannot be computed', () => {
    expect(num(1520.4)).toBe('1,520');
    expect(num(0.7251, 2)).toBe('0.73');
    expect(num(Number.NaN)).toBe('–');
    expect(times(0.654)).toBe('0.65×');
    expect(times(Number.POSITIVE_INFINITY)).toBe('–');
    expect(range([0.61, 0.66, 0.64], (v) => times(v))).toBe('0.61–0.66×');
    expect(range([0.5, 0.5], (v) => times(v))).toBe('0.50×');
    expect(range([Number.NaN], (v) => times(v))).toBe('–');
  });

  it('aligns the first column left and the others right unless told', () => {
    expect(
      table([
        ['scenario', 'turns/s'],
        ['echo', '1,520'],
        ['FAQ', '266'],
      ]),
    ).toEqual(['scenario  turns/s', 'echo        1,520', 'FAQ           266']);
    expect(
      table(
        [
          ['a', 'bb'],
          ['ccc', 'd'],
        ],
        ['r', 'l'],
      ),
    ).toEqual(['  a  bb', 'ccc  d']);
  });
});

describe('counts', () => {
  it('takes what grew between two snapshots and adds counts up', () => {
    const before = { 'drafts.find(_id,expiresAt)': 4, 'drafts.insert': 1 };
    const after = { 'drafts.find(_id,expiresAt)': 5, 'drafts.insert': 1, 'drafts.update(_id,rev)': 1 };
    expect(countDelta(before, after)).toEqual({
      'drafts.find(_id,expiresAt)': 1,
      'drafts.update(_id,rev)': 1,
    });
    expect(addCounts({ a: 1 }, { a: 2, b: 1 })).toEqual({ a: 3, b: 1 });
  });

  it('describes counts sorted by name, "none" for nothing', () => {
    expect(describeCounts({ 'tickets.insert': 1, 'counters.findAndModify(_id)': 1 })).toBe(
      'counters.findAndModify(_id) 1, tickets.insert 1',
    );
    expect(describeCounts({ a: 1.004 }, 2)).toBe('a 1.00');
    expect(describeCounts({})).toBe('none');
  });
});
