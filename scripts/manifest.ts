/**
 * Teams app package helpers: fill the manifest's ${{NAME}} placeholders and validate it offline:
 * manifest.json with @microsoft/app-manifest's own schema validation (v1.29), the localization files
 * against the localization schema (which that package does not check), and every localization key
 * against the manifest (a key naming no element makes Teams refuse the package).
 *
 *   npx tsx scripts/manifest.ts validate [schemaDir]
 *   npx tsx scripts/manifest.ts package [out.zip]   (TEAMS_APP_ID, BOT_ID and BOT_DOMAIN must be set)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { strToU8, zipSync } from 'fflate';

export const MANIFEST_DIR = resolve(__dirname, '..', 'manifest');

/** Replaces every ${{NAME}} with vars[NAME]; a missing variable is an error that names it. */
export function fillPlaceholders(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_whole, name: string) => {
    const value = vars[name];
    if (!value) throw new Error(`manifest: ${name} is not set`);
    return value;
  });
}

export interface ValidationResult {
  file: string;
  errors: string[];
}

export function loadManifest(vars: Record<string, string | undefined>): Record<string, unknown> {
  return JSON.parse(fillPlaceholders(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8'), vars));
}

export const SAMPLE_VARS = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  BOT_DOMAIN: 'csp-bot.example.com',
};

export interface SchemaFiles {
  manifest: string;
  localization: string;
}

/** A folder holding MicrosoftTeams.v1.29.schema.json and MicrosoftTeams.Localization.schema.json. */
export function schemaFilesIn(dir: string): SchemaFiles {
  return {
    manifest: join(dir, 'MicrosoftTeams.v1.29.schema.json'),
    localization: join(dir, 'MicrosoftTeams.Localization.schema.json'),
  };
}

/**
 * The Teams v1.29 schemas, offline: TEAMS_SCHEMA_DIR if set; else the shared schemas folder beside the
 * repository; else the copies published in the @microsoft/app-manifest package (the ones its
 * validation picks for the manifest's $schema).
 */
export function defaultSchemaFiles(): SchemaFiles {
  if (process.env.TEAMS_SCHEMA_DIR) return schemaFilesIn(resolve(process.env.TEAMS_SCHEMA_DIR));
  const shared = schemaFilesIn(resolve(__dirname, '..', '..', 'shared', 'schemas'));
  if (existsSync(shared.manifest)) return shared;
  const published = join(
    dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
    'v1.29',
  );
  return {
    manifest: join(published, 'MicrosoftTeams.schema.json'),
    localization: join(published, 'MicrosoftTeams.Localization.schema.json'),
  };
}

/** The manifest element a localization key such as `bots[0].commandLists[1].commands[3].title` names, if any. */
export function resolveLocalizationKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const [, name, index] of key.matchAll(/([A-Za-z0-9_]+)|\[(\d+)\]/g)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[name ?? Number(index)];
  }
  return node;
}

export async function validateManifest(
  schemas: SchemaFiles,
  manifest: Record<string, unknown>,
): Promise<ValidationResult[]> {
  const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const results: ValidationResult[] = [];
  const manifestErrors = await AppManifestUtils.validateAgainstSchema(
    manifest as unknown as AppManifest,
    load(schemas.manifest) as unknown as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
  results.push({ file: 'manifest.json', errors: manifestErrors });

  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false });
  addFormats(ajv);
  const localizationSchema = load(schemas.localization);
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  for (const { file } of info?.additionalLanguages ?? []) {
    const localization = load(join(MANIFEST_DIR, file));
    const valid = ajv.validate(localizationSchema, localization);
    const errors = valid
      ? []
      : (ajv.errors ?? []).map(
          (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
        );
    for (const key of Object.keys(localization)) {
      if (key === '$schema') continue;
      const target = resolveLocalizationKey(manifest, key);
      if (typeof target !== 'string') errors.push(`${key} names nothing (or no text) in manifest.json`);
    }
    results.push({ file, errors });
  }
  return results;
}

/**
 * The Teams app package: manifest.json with its placeholders filled, the localization files and the
 * icons, zipped flat as Teams expects. Refuses to build an invalid manifest.
 */
export async function buildPackage(
  vars: Record<string, string | undefined>,
  schemas = defaultSchemaFiles(),
): Promise<Uint8Array> {
  const manifest = loadManifest(vars);
  const problems = (await validateManifest(schemas, manifest)).filter((r) => r.errors.length > 0);
  if (problems.length > 0) {
    throw new Error(
      `manifest: invalid\n${problems.map((p) => `${p.file}: ${p.errors.join('; ')}`).join('\n')}`,
    );
  }
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  const icons = manifest.icons as { color: string; outline: string };
  const files: Record<string, Uint8Array> = {
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
  };
  for (const name of [icons.color, icons.outline, ...(info?.additionalLanguages ?? []).map((l) => l.file)]) {
    files[name] = new Uint8Array(readFileSync(join(MANIFEST_DIR, name)));
  }
  return zipSync(files, { level: 9 });
}

async function packageCommand(out: string): Promise<void> {
  const zip = await buildPackage({
    TEAMS_APP_ID: process.env.TEAMS_APP_ID,
    BOT_ID: process.env.BOT_ID,
    BOT_DOMAIN: process.env.BOT_DOMAIN,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`wrote ${out} (${zip.length} bytes)`);
}

if (require.main === module && process.argv[2] === 'package') {
  packageCommand(resolve(process.argv[3] ?? join(__dirname, '..', 'dist', 'appPackage.zip'))).catch(
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
} else if (require.main === module) {
  const schemas = process.argv[3] ? schemaFilesIn(resolve(process.argv[3])) : defaultSchemaFiles();
  console.log(`schema: ${schemas.manifest}`);
  const manifest = loadManifest({
    TEAMS_APP_ID: process.env.TEAMS_APP_ID || SAMPLE_VARS.TEAMS_APP_ID,
    BOT_ID: process.env.BOT_ID || SAMPLE_VARS.BOT_ID,
    BOT_DOMAIN: process.env.BOT_DOMAIN || SAMPLE_VARS.BOT_DOMAIN,
  });
  void validateManifest(schemas, manifest).then((results) => {
    let failed = false;
    for (const { file, errors } of results) {
      console.log(`${errors.length === 0 ? 'valid  ' : 'INVALID'} ${file}`);
      errors.forEach((e) => console.log(`  ${e}`));
      failed ||= errors.length > 0;
    }
    process.exit(failed ? 1 : 0);
  });
}
