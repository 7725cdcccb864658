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
  resolveLocalizationKey,
  validateManifest,
} from '../../scripts/manifest';

function pngSize(file: string): [number, number] {
  const png = readFileSync(join(MANIFEST_DIR, file));
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('Teams app manifest', () => {
  it('is valid against the v1.29 schema, with its Polish localization', async () => {
    const results = await validateManifest(defaultSchemaFiles(), loadManifest(SAMPLE_VARS));
    expect(results.map((r) => r.file)).toEqual(['manifest.json', 'pl-pl.json']);
    for (const result of results) expect(result).toEqual({ file: result.file, errors: [] });
  });

  it('fails validation when something required is missing or wrong', async () => {
    const manifest = loadManifest(SAMPLE_VARS);
    delete manifest.accentColor;
    (manifest.bots as { scopes: string[] }[])[0]!.scopes = ['everywhere'];
    const [result] = await validateManifest(defaultSchemaFiles(), manifest);
    expect(result?.errors.join('\n')).toMatch(/accentColor/);
    expect(result?.errors.join('\n')).toMatch(/scopes/);
  });

  it('fails validation when a Polish key names nothing in the manifest', async () => {
    const manifest = loadManifest(SAMPLE_VARS);
    const bots = manifest.bots as { commandLists: { commands: unknown[] }[] }[];
    bots[0]!.commandLists[1]!.commands.pop();
    const [, polish] = await validateManifest(defaultSchemaFiles(), manifest);
    expect(polish?.errors).toEqual([
      'bots[0].commandLists[1].commands[4].title names nothing (or no text) in manifest.json',
      'bots[0].commandLists[1].commands[4].description names nothing (or no text) in manifest.json',
    ]);
  });

  it('offers "post tickets here" in teams only, in English and Polish', () => {
    const manifest = loadManifest(SAMPLE_VARS);
    const polish = JSON.parse(readFileSync(join(MANIFEST_DIR, 'pl-pl.json'), 'utf8')) as Record<
      string,
      string
    >;
    const lists = (
      manifest.bots as { commandLists: { scopes: string[]; commands: { title: string }[] }[] }[]
    )[0]!.commandLists;
    const scopes = lists.flatMap((l) => l.scopes).sort();
    expect(scopes).toEqual(['groupChat', 'personal', 'team']);
    const team = lists.findIndex((l) => l.scopes.includes('team'));
    const post = lists[team]!.commands.findIndex((c) => c.title === 'post tickets here');
    expect(post).toBeGreaterThanOrEqual(0);
    expect(polish[`bots[0].commandLists[${team}].commands[${post}].title`]).toBe('publikuj zgłoszenia tutaj');
    for (const [i, list] of lists.entries()) {
      if (i !== team) expect(list.commands.map((c) => c.title)).not.toContain('post tickets here');
    }
    expect(resolveLocalizationKey(manifest, `bots[0].commandLists[${team}].commands[${post}].title`)).toBe(
      'post tickets here',
    );
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
  it('zips the filled manifest, the Polish file and both icons, flat', async () => {
    const files = unzipSync(await buildPackage(SAMPLE_VARS));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'pl-pl.json']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      id: string;
      bots: { botId: string }[];
    };
    expect(manifest.id).toBe(SAMPLE_VARS.TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(SAMPLE_VARS.BOT_ID);
    expect(strFromU8(files['manifest.json']!)).not.toContain('${{');
  });

  it('refuses to package an invalid manifest', async () => {
    await expect(buildPackage({ ...SAMPLE_VARS, TEAMS_APP_ID: 'not-a-guid' })).rejects.toThrow(/invalid/);
    await expect(buildPackage({ BOT_ID: 'x' })).rejects.toThrow(/TEAMS_APP_ID is not set/);
  });
});
