/**
 * Reads JSON Lines {"text": string, "locale": "en-US" | "pl-PL"} on standard input and writes, in the
 * same order, one line {"entryId": string | null, "confidence": number, "suggestions": string[]} per
 * input record. `suggestions` are the entry ids the "not sure" card offers as buttons (empty when the
 * question is answered), so a question one click away can be counted too. Blank lines are not records
 * (as usual in JSON Lines) and are skipped; a malformed line still yields
 * {"entryId":null,"confidence":0,"suggestions":[]}. Nothing else is written to standard output.
 * Needs no database: only the knowledge entries and the FAQ engine.
 *
 * With --ranked (npm run --silent faq:eval -- --ranked), each line also has
 * "ranked": [[entryId, score], ...]: the engine's ten best-ranked entries for the question with their
 * retrieval scores, best first, as it ranked them for the answer it gave (FaqEngine.inspect), so an
 * answered question's first is its entryId. It is empty when no entry ranks, for input the engine
 * rejects and for a malformed line. Without the flag the output is exactly as above.
 */
import { createInterface } from 'node:readline';
import { FaqEngine, offeredTopics } from '../src/domain/faq/engine';

interface Output {
  entryId: string | null;
  confidence: number;
  suggestions: string[];
  ranked?: [string, number][];
}

const ABSTAIN: Output = { entryId: null, confidence: 0, suggestions: [] };

function answer(engine: FaqEngine, line: string, ranked: boolean): Output {
  const abstain: Output = ranked ? { ...ABSTAIN, ranked: [] } : ABSTAIN;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return abstain;
  }
  if (typeof parsed !== 'object' || parsed === null) return abstain;
  const { text, locale } = parsed as { text?: unknown; locale?: unknown };
  if (typeof text !== 'string') return abstain;
  try {
    const options = typeof locale === 'string' ? { locale } : {};
    const result = engine.ask(text, options);
    const output: Output = {
      entryId: result.entryId,
      confidence: result.confidence,
      suggestions: offeredTopics(result),
    };
    if (ranked) {
      const ranking = engine.inspect(text, options)?.ranking ?? [];
      output.ranked = ranking.map((r) => [r.entryId, r.score]);
    }
    return output;
  } catch {
    return abstain;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => arg !== '--ranked');
  if (unknown !== undefined) throw new Error(`unknown argument ${unknown} (usage: faq:eval [--ranked])`);
  const ranked = args.includes('--ranked');
  const engine = new FaqEngine();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    const output = answer(engine, line, ranked);
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`faq:eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
