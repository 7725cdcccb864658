import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');

function run(input: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('npx', ['tsx', 'scripts/faqEval.ts'], {
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
      '',
    ].join('\n');
    const { stdout, status } = run(input);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    const outputs = lines.map((line) => JSON.parse(line) as { entryId: string | null; confidence: number });
    expect(outputs).toHaveLength(5);
    for (const output of outputs) {
      expect(Object.keys(output).sort()).toEqual(['confidence', 'entryId']);
      expect(output.confidence).toBeGreaterThanOrEqual(0);
      expect(output.confidence).toBeLessThanOrEqual(1);
    }
    expect(outputs[0]?.entryId).toBe('phone');
    expect(outputs[1]).toEqual({ entryId: null, confidence: 0 });
    expect(outputs[2]?.entryId).toBeNull();
    expect(outputs[3]).toEqual({ entryId: null, confidence: 0 });
    expect(outputs[4]?.entryId).toBe('escalation.criteria');
  }, 60_000);

  it('writes nothing for empty input', () => {
    const { stdout, status } = run('');
    expect(status).toBe(0);
    expect(stdout).toBe('');
  }, 60_000);
});
