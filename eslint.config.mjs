// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const botFrameworks = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', 'restify'];
const telemetryOnly = {
  group: ['@opentelemetry/*', '@azure/monitor-opentelemetry*'],
  message: 'OpenTelemetry stays in src/telemetry; elsewhere use the Metrics port (src/services/metrics.ts).',
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
    rules: { 'no-restricted-imports': ['error', { patterns: [telemetryOnly] }] },
  },
  {
    // The domain, knowledge and services are plain TypeScript: no Teams SDK, no web server, no database driver.
    // So are the HTTP body reader and envelope (plain Node) and the table of input limits.
    files: [
      'src/http/**/*.ts',
      'src/limits.ts',
      'src/domain/**/*.ts',
      'src/knowledge/**/*.ts',
      'src/services/**/*.ts',
      'src/i18n/**/*.ts',
      'src/cards/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: botFrameworks, message: 'Teams SDK and restify stay in src/bot and src/server.ts.' },
            { group: ['mongodb'], message: 'The database driver stays in src/storage.' },
            telemetryOnly,
          ],
        },
      ],
    },
  },
  {
    files: ['src/bot/**/*.ts', 'src/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['mongodb'], message: 'The database driver stays in src/storage.' },
            telemetryOnly,
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
          ],
        },
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
