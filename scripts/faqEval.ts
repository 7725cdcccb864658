/**
 * Reads JSON Lines {"text": string, "locale": "en-US" | "pl-PL"} on standard input and writes, in the
 * same order, one line {"entryId": string | null, "confidence": number, "suggestions": string[]} per
 * input record. `suggestions` are the entry ids the "not sure" card offers as buttons (empty when the
 * question is answered), so a question one click away can be counted too. Blank lines are not records
 * (as usual in JSON Lines) and are skipped; a malformed line still yields
 * {"entryId":null,"confidence":0,"suggestions":[]}. Nothing else is written to standard output.
 * Needs no database: only the knowledge entries and the FAQ engine.
 */
import { createInterface } from 'node:readline';
import { FaqEngine, offeredTopics } from '../src/domain/faq/engine';

interface Output {
  entryId: string | null;
  confidence: number;
  suggestions: string[];
}

const ABSTAIN: Output = { entryId: null, confidence: 0, suggestions: [] };

function answer(engine: FaqEngine, line: string): Output {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return ABSTAIN;
  }
  if (typeof parsed !== 'object' || parsed === null) return ABSTAIN;
  const { text, locale } = parsed as { text?: unknown; locale?: unknown };
  if (typeof text !== 'string') return ABSTAIN;
  try {
    const result = engine.ask(text, typeof locale === 'string' ? { locale } : {});
    return {
      entryId: result.entryId,
      confidence: result.confidence,
      suggestions: offeredTopics(result),
    };
  } catch {
    return ABSTAIN;
  }
}

async function main(): Promise<void> {
  const engine = new FaqEngine();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    const output = answer(engine, line);
    if (!process.stdout.write(`${JSON.stringify(output)}\n`)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`faq:eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
