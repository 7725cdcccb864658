import { locate, originOf, summarize, type CpuProfile } from '../../../bench/cpuProfile';

const root = '/project';
const frame = (functionName: string, url: string, lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

/** root > handler (ours) > search (a package) > (native write); plus idle. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
    { id: 2, callFrame: frame('handler', 'file:///project/src/bot/routes/faq.ts', 9), children: [3] },
    {
      id: 3,
      callFrame: frame('search', 'file:///project/node_modules/minisearch/dist/index.cjs', 99),
      children: [4],
    },
    { id: 4, callFrame: frame('writeBuffer', ''), children: [] },
    { id: 5, callFrame: frame('(idle)', ''), children: [] },
  ],
  startTime: 0,
  endTime: 60,
  // Each sample lasts until the next: 10 µs each, the last one not counted.
  samples: [2, 3, 3, 4, 5, 5, 2],
  timeDeltas: [0, 10, 10, 10, 10, 10, 10],
};

describe('CPU profile summary', () => {
  it('adds up self and total time per function, and idle apart from busy time', () => {
    const summary = summarize(profile, root, new Map());
    expect(summary.sampledUs).toBe(60);
    expect(summary.busyUs).toBe(40);
    const by = Object.fromEntries(summary.functions.map((f) => [f.functionName, f]));
    expect(by.search).toMatchObject({ selfUs: 20, totalUs: 30, origin: 'minisearch' });
    expect(by.handler).toMatchObject({
      selfUs: 10,
      totalUs: 40,
      origin: 'our code',
      location: 'src/bot/routes/faq.ts:10',
    });
    expect(by.writeBuffer).toMatchObject({ selfUs: 10, location: '(native)' });
    expect(by.search?.via).toEqual({ location: 'handler src/bot/routes/faq.ts:10', share: 1 });
    expect(by.writeBuffer?.caller?.location).toBe('search node_modules/minisearch/dist/index.cjs:100');
    expect(summary.origins[0]).toEqual({ origin: 'minisearch', selfUs: 20 });
  });

  it('keeps to the window it is given', () => {
    const summary = summarize(profile, root, new Map(), { fromUs: 15, toUs: 35 });
    expect(summary.sampledUs).toBe(20);
    expect(summary.functions.find((f) => f.functionName === 'search')?.selfUs).toBe(10);
  });

  it('tells where code comes from', () => {
    expect(originOf('file:///project/node_modules/@azure/core-client/dist/x.js', root)).toBe(
      '@azure/core-client',
    );
    expect(originOf('node:events', root)).toBe('node');
    expect(originOf('', root, '(garbage collector)')).toBe('(garbage collector)');
    expect(originOf('file:///project/src/server.ts', root)).toBe('our code');
    expect(locate(frame('emit', 'node:events', 470), root, new Map())).toBe('node:events:471');
  });
});
