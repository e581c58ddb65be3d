/**
 * `node scripts/bench/parse-alone.ts [parse options] DUMP…`, run by the site benchmark as a process of its own:
 * parses once, as the build's parse stage does (`scripts/parse.ts` already loaded, nothing run before), and
 * prints `bench-parse: N ms`, the time of that one parse, which the benchmark reads with `parseMillis`.
 */
import { main } from '../parse.ts';

/** The time printed by this script among a run's output lines; undefined when there is none. */
export function parseMillis(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const time = /^bench-parse: (\d+(?:\.\d+)?) ms$/.exec(line);
    if (time) return Number(time[1]);
  }
  return undefined;
}

if (import.meta.main) {
  const start = performance.now();
  const status = await main(process.argv.slice(2));
  console.log(`bench-parse: ${(performance.now() - start).toFixed(1)} ms`);
  process.exitCode = status;
}
