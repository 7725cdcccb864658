import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FaqEngine } from '../../../src/domain/faq/engine';
import { KNOWLEDGE_IDS } from '../../../src/knowledge';

const repoRoot = path.resolve(__dirname, '../../..');
const engine = new FaqEngine();
/** Near the knowledge but not answered by it: the engine abstains and offers topics. */
const NEAR_MISS = 'How do I transfer a CSP subscription to another partner?';

function run(input: string, args: string[] = []): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('npx', ['tsx', 'scripts/faqEval.ts', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('scripts/faqEval.ts', () => {
  it('writes one JSON line per record, in order, and nothing else', () => {
    const input = [
      JSON.stringify({ text: 'Is phone support available?', locale: 'en-US' }),
      '{"text": "broken',
      '',
      JSON.stringify({ text: 'Jak zrobić pizzę?', locale: 'pl-PL' }),
      JSON.stringify({ locale: 'en-US' }),
      JSON.stringify({ text: 'Jakie są kryteria eskalacji?', locale: 'pl-PL' }),
      JSON.stringify({ text: NEAR_MISS, locale: 'en-US' }),
      '',
    ].join('\n');
    const { stdout, status } = run(input);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    const outputs = lines.map(
      (line) => JSON.parse(line) as { entryId: string | null; confidence: number; suggestions: string[] },
    );
    expect(outputs).toHaveLength(6);
    for (const output of outputs) {
      expect(Object.keys(output).sort()).toEqual(['confidence', 'entryId', 'suggestions']);
      expect(output.confidence).toBeGreaterThanOrEqual(0);
      expect(output.confidence).toBeLessThanOrEqual(1);
      expect(output.suggestions.length).toBeLessThanOrEqual(3);
      for (const id of output.suggestions) expect(KNOWLEDGE_IDS).toContain(id);
    }
    // Answered: no suggestions, whatever related topics the answer card shows.
    expect(outputs[0]).toMatchObject({ entryId: 'phone', suggestions: [] });
    expect(outputs[1]).toEqual({ entryId: null, confidence: 0, suggestions: [] });
    expect(outputs[2]).toMatchObject({
      entryId: null,
      suggestions: engine.ask('Jak zrobić pizzę?', { locale: 'pl-PL' }).suggestions,
    });
    expect(outputs[3]).toEqual({ entryId: null, confidence: 0, suggestions: [] });
    expect(outputs[4]).toMatchObject({ entryId: 'escalation.criteria', suggestions: [] });
    // Not answered, but the "not sure" card offers the closest topics: exactly these.
    const unsure = engine.ask(NEAR_MISS, { locale: 'en-US' });
    expect(outputs[5]).toMatchObject({ entryId: null, suggestions: unsure.suggestions });
    expect(outputs[5]?.suggestions.length).toBeGreaterThan(0);
  }, 60_000);

  it('with --ranked, also writes the ten best-ranked entries, best first, the answer first when answered', () => {
    const input = [
      JSON.stringify({ text: 'Is phone support available?', locale: 'en-US' }),
      JSON.stringify({ text: NEAR_MISS, locale: 'en-US' }),
    ].join('\n');
    const { stdout, status } = run(input, ['--ranked']);
    expect(status).toBe(0);
    const outputs = stdout
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            entryId: string | null;
            confidence: number;
            suggestions: string[];
            ranked: [string, number][];
          },
      );
    expect(outputs).toHaveLength(2);
    for (const output of outputs) {
      expect(Object.keys(output)).toEqual(['entryId', 'confidence', 'suggestions', 'ranked']);
      expect(output.ranked.length).toBeGreaterThan(0);
      expect(output.ranked.length).toBeLessThanOrEqual(10);
      for (const [id, score] of output.ranked) {
        expect(KNOWLEDGE_IDS).toContain(id);
        expect(typeof score).toBe('number');
      }
      const scores = output.ranked.map(([, score]) => score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(outputs[0]?.entryId).toBe('phone');
    expect(outputs[0]?.ranked[0]?.[0]).toBe(outputs[0]?.entryId);
    expect(outputs[1]?.entryId).toBeNull();
    // The rest of each line is what the script writes without the flag.
    const plain = run(input).stdout.trimEnd().split('\n');
    expect(outputs.map(({ ranked: _ranked, ...rest }) => JSON.stringify(rest))).toEqual(plain);
  }, 60_000);

  it('writes nothing for empty input', () => {
    const { stdout, status } = run('');
    expect(status).toBe(0);
    expect(stdout).toBe('');
  }, 60_000);
});
