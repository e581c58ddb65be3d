import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  // `**/*.tmp/`: the build's staging folders (`.dist.tmp/`), left behind only by a killed build.
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', '**/*.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
