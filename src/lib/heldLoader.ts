/**
 * A content loader held back until the build says its records are written. `npm run build` starts Astro
 * while the parser still runs, so that Astro's start-up overlaps the parse, and writes a line on Astro's
 * standard input once the records file is in place (`scripts/build.ts`); Astro loads nothing before that.
 */
import type { Loader } from 'astro/loaders';

/** The line the build writes on Astro's standard input when the records are written. */
export const RECORDS_READY = 'records ready';

/**
 * `loader`, loading only once `ready()` resolves (and failing as it fails). `ready` is called once: a second
 * load (Astro syncing again) does not wait for a second line that will never come.
 */
export function heldUntil(ready: () => Promise<void>, loader: Loader): Loader {
  let waiting: Promise<void> | undefined;
  return {
    ...loader,
    load: async (context) => {
      await (waiting ??= ready());
      await loader.load(context);
    },
  };
}

/**
 * Resolves when `input` brings the whole line `line`; rejects when it ends first, which is how a build
 * that stopped (or failed to parse) lets go of an Astro it started.
 */
export async function lineFrom(input: AsyncIterable<string | Uint8Array>, line: string): Promise<void> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.split('\n').slice(0, -1).includes(line)) return;
  }
  throw new Error(`the build stopped before its records were written (no "${line}" line on standard input)`);
}
