import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');

/** Imports the layer rules must refuse, and some they must allow: [file, import line]. */
const REFUSED: [string, string][] = [
  ['src/domain', "import { MongoTicketStore } from '../storage/ticketStore';"],
  ['src/domain/wizard', "import { sendCard } from '../../bot/reply';"],
  ['src/domain', "import { t } from '../i18n';"],
  ['src/services', "import { MongoDraftStore } from '../storage/draftStore';"],
  ['src/services', "import { renderView } from '../bot/views';"],
  ['src/cards', "import { FaqService } from '../services/faqService';"],
  ['src/knowledge', "import { WizardService } from '../services/wizardService';"],
  ['src/i18n', "import { noticeCard } from '../cards/noticeCard';"],
  ['src/storage', "import { createApp } from '../bot/app';"],
  ['src/domain', "import { MongoClient } from 'mongodb';"],
  ['src/services', "import { TurnContext } from 'botbuilder';"],
  // Development dependencies are not deployed: cards render with src/cards/cardTemplate.ts.
  ['src/cards', "import { Template } from 'adaptivecards-templating';"],
  ['src/telemetry', "import { Template } from 'adaptivecards-templating';"],
  ['src/bot', "import { assert } from 'fast-check';"],
];
const ALLOWED: [string, string][] = [
  ['src/domain', "import { PATTERNS } from './wizard/model';"],
  ['src/cards', "import { decide } from '../domain/eligibility';"],
  ['src/services', "import { decide } from '../domain/eligibility';"],
  ['src/bot', "import { WizardService } from '../services/wizardService';"],
];

/**
 * Writes each probe as a real file of the project (type-aware lint reads files from disk), lints
 * them all in one run of the project's own ESLint, and removes them again.
 */
function lintProbes(probes: [string, string][]): string[][] {
  const files = probes.map(([folder, line], i) => {
    const path = join(root, folder, `layer-probe-${process.pid}-${i}.ts`);
    const name = /import \{ (\w+) \}/.exec(line)?.[1] ?? 'x';
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${line}\nexport const probe = [${name}];\n`);
    return path;
  });
  try {
    const run = spawnSync(join(root, 'node_modules', '.bin', 'eslint'), ['--format', 'json', ...files], {
      cwd: root,
      encoding: 'utf8',
    });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    const byFile = new Map(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId ?? 'parser')]));
    return files.map((file) => byFile.get(file) ?? ['not linted']);
  } finally {
    files.forEach((file) => rmSync(file, { force: true }));
  }
}

describe('the layers ESLint enforces (npm run lint)', () => {
  it('refuses imports from a layer above, the driver or Teams SDK below the edge, and development dependencies; allows the rest', () => {
    const rules = lintProbes([...REFUSED, ...ALLOWED]);
    REFUSED.forEach(([folder, line], i) => {
      expect([folder, line, rules[i]]).toEqual([
        folder,
        line,
        expect.arrayContaining(['no-restricted-imports']),
      ]);
    });
    ALLOWED.forEach(([folder, line], i) => {
      expect([folder, line, rules[REFUSED.length + i]]).toEqual([folder, line, []]);
    });
  }, 120_000);
});
