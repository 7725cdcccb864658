import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
  buildPackage,
  defaultSchemaFiles,
  MANIFEST_DIR,
  SAMPLE_VARS,
  fillPlaceholders,
  loadManifest,
  validateManifest,
} from '../../scripts/manifest';

function pngSize(file: string): [number, number] {
  const png = readFileSync(join(MANIFEST_DIR, file));
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('Teams app manifest', () => {
  it('is valid against the v1.29 schema, with its Polish localization', () => {
    const results = validateManifest(defaultSchemaFiles(), loadManifest(SAMPLE_VARS));
    expect(results.map((r) => r.file)).toEqual(['manifest.json', 'pl-pl.json']);
    for (const result of results) expect(result).toEqual({ file: result.file, errors: [] });
  });

  it('fails validation when something required is missing or wrong', () => {
    const manifest = loadManifest(SAMPLE_VARS);
    delete manifest.accentColor;
    (manifest.bots as { scopes: string[] }[])[0]!.scopes = ['everywhere'];
    const [result] = validateManifest(defaultSchemaFiles(), manifest);
    expect(result?.errors.join('\n')).toMatch(/accentColor/);
    expect(result?.errors.join('\n')).toMatch(/scopes/);
  });

  it('needs every placeholder to be set', () => {
    expect(() => fillPlaceholders('"${{BOT_ID}}"', {})).toThrow(/BOT_ID is not set/);
    expect(fillPlaceholders('"${{BOT_ID}}"', { BOT_ID: 'x' })).toBe('"x"');
  });

  it('declares the bot in personal chat, group chats and teams', () => {
    const bots = loadManifest(SAMPLE_VARS).bots as { botId: string; scopes: string[] }[];
    expect(bots[0]?.botId).toBe(SAMPLE_VARS.BOT_ID);
    expect(bots[0]?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('ships icons of the sizes Teams requires', () => {
    expect(pngSize('color.png')).toEqual([192, 192]);
    expect(pngSize('outline.png')).toEqual([32, 32]);
  });
});

describe('Teams app package', () => {
  it('zips the filled manifest, the Polish file and both icons, flat', () => {
    const files = unzipSync(buildPackage(SAMPLE_VARS));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'pl-pl.json']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      id: string;
      bots: { botId: string }[];
    };
    expect(manifest.id).toBe(SAMPLE_VARS.TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(SAMPLE_VARS.BOT_ID);
    expect(strFromU8(files['manifest.json']!)).not.toContain('${{');
  });

  it('refuses to package an invalid manifest', () => {
    expect(() => buildPackage({ ...SAMPLE_VARS, TEAMS_APP_ID: 'not-a-guid' })).toThrow(/invalid/);
    expect(() => buildPackage({ BOT_ID: 'x' })).toThrow(/TEAMS_APP_ID is not set/);
  });
});
