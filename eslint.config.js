import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  // `**/*.tmp/`: the build's staging folders (`.dist.tmp/`), left behind only by a killed build.
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', '**/*.tmp/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Vitest's asymmetric matchers (`expect.any`, `expect.stringContaining`) are typed `any`.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // Astro components' frontmatter and plain JavaScript config files have no type information to check.
  { files: ['**/*.astro', '**/*.{js,mjs}'], extends: [tseslint.configs.disableTypeChecked] },
);
