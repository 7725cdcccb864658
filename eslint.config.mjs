// @ts-check
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const botFrameworks = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', 'restify'];

/** An import of one of the project's own folders (or files) by a relative path, from anywhere below src/. */
const folder = (...names) => ({
  regex: `^(\\.\\.?/)+(${names.join('|')})(/|$)`,
  message: `Layers: this folder may not import ${names.join(', ')} (see README, Architecture).`,
});
/** What sits above the plain business rules: the Teams edge, the server, storage, use cases, cards, text. */
const ABOVE_DOMAIN = [
  'bot',
  'server',
  'storage',
  'services',
  'cards',
  'i18n',
  'http',
  'telemetry',
  'compose',
  'index',
  'config',
  'log',
];
const telemetryOnly = {
  group: ['@opentelemetry/*', '@azure/monitor-opentelemetry*'],
  message: 'OpenTelemetry stays in src/telemetry; elsewhere use the Metrics port (src/services/metrics.ts).',
};

/** The bot as deployed installs only the dependencies of package.json, never its devDependencies. */
const { devDependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const devOnly = {
  group: Object.keys(devDependencies).flatMap((name) => [name, `${name}/*`]),
  allowTypeImports: true,
  message: 'A development dependency: the deployed bot has only the dependencies of package.json.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tools/**',
      '.data/**',
      'coverage/**',
      'devTools/**',
      '.playground/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/telemetry/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [telemetryOnly, devOnly] }] },
  },
  ...[
    // Plain TypeScript below the Teams edge: no Teams SDK, no web server, no database driver, and each
    // layer imports only what is below it. The domain (business rules) and the knowledge are at the
    // bottom; text and cards above them; use cases (services) beside the cards; storage and the Teams
    // edge on top, wired by compose.ts.
    { files: ['src/domain/**/*.ts'], layers: [folder(...ABOVE_DOMAIN)] },
    { files: ['src/knowledge/**/*.ts'], layers: [folder(...ABOVE_DOMAIN)] },
    {
      files: ['src/i18n/**/*.ts'],
      layers: [
        folder('bot', 'server', 'storage', 'services', 'cards', 'http', 'telemetry', 'compose', 'config'),
      ],
    },
    {
      files: ['src/cards/**/*.ts'],
      layers: [folder('bot', 'server', 'storage', 'services', 'http', 'telemetry', 'compose', 'config')],
    },
    {
      files: ['src/services/**/*.ts'],
      layers: [folder('bot', 'server', 'storage', 'cards', 'http', 'telemetry', 'compose', 'config')],
    },
    { files: ['src/http/**/*.ts', 'src/limits.ts', 'src/methods.ts'], layers: [] },
  ].map(({ files, layers }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: botFrameworks, message: 'Teams SDK and restify stay in src/bot and src/server.ts.' },
            { group: ['mongodb'], message: 'The database driver stays in src/storage.' },
            telemetryOnly,
            devOnly,
            ...layers,
          ],
        },
      ],
    },
  })),
  {
    files: ['src/bot/**/*.ts', 'src/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['mongodb'], message: 'The database driver stays in src/storage.' },
            telemetryOnly,
            devOnly,
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts', 'src/config.ts', 'src/index.ts', 'src/log.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: botFrameworks.filter((p) => p !== 'botbuilder'),
              message: 'Only src/bot talks to Teams.',
            },
            telemetryOnly,
            devOnly,
          ],
        },
      ],
    },
  },
  {
    files: ['src/telemetry/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [devOnly] }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: botFrameworks, message: 'Only src/bot talks to Teams.' },
            telemetryOnly,
            devOnly,
            folder('bot', 'server', 'cards', 'http', 'telemetry', 'compose'),
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules on the product code: promises are awaited or handled, and every switch
    // over a union handles every member.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly' },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
