import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';

const MODULE = new URL('../../scripts/lib/thread-pool.ts', import.meta.url).href;

/** The pool size a fresh Node process has after importing the module, in `env`. */
function poolSize(env: NodeJS.ProcessEnv): string {
  return execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(MODULE)}); console.log(process.env.UV_THREADPOOL_SIZE);`,
    ],
    { env, encoding: 'utf8' },
  ).trim();
}

describe("the build's thread pool", () => {
  const env = { ...process.env, UV_THREADPOOL_SIZE: undefined };

  it('has one thread per core but one, at least one', () => {
    expect(poolSize(env)).toBe(String(Math.max(1, availableParallelism() - 1)));
  });

  it('keeps the size set in the environment', () => {
    expect(poolSize({ ...env, UV_THREADPOOL_SIZE: '7' })).toBe('7');
  });
});
