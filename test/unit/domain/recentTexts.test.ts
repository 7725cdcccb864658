import { recentTexts } from '../../../src/domain/recentTexts';

describe('recentTexts', () => {
  const counting = () => {
    const calls: string[] = [];
    const read = (text: string) => {
      calls.push(text);
      return { length: text.length };
    };
    return { calls, read };
  };

  it('reads a text once while it is among the last ones, and gives every caller the same result', () => {
    const { calls, read } = counting();
    const remembered = recentTexts(read, 2);
    const first = remembered('help');
    expect(remembered('help')).toBe(first);
    expect(remembered('pomoc')).toEqual({ length: 5 });
    expect(remembered('help')).toBe(first);
    expect(calls).toEqual(['help', 'pomoc']);
  });

  it('drops the oldest text when full, and reads it again when asked', () => {
    const { calls, read } = counting();
    const remembered = recentTexts(read, 2);
    for (const text of ['a', 'b', 'c', 'a', 'c']) remembered(text);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keeps nothing of a text longer than the limit', () => {
    const { calls, read } = counting();
    const remembered = recentTexts(read, 2, 3);
    expect(remembered('long')).toEqual({ length: 4 });
    remembered('long');
    expect(calls).toEqual(['long', 'long']);
  });

  it('remembers an undefined result as one', () => {
    let calls = 0;
    const remembered = recentTexts(() => {
      calls += 1;
      return undefined;
    });
    remembered('x');
    remembered('x');
    expect(calls).toBe(1);
  });
});
