/**
 * `npm run bench -- [--count N] [--runs N] [--seed N]`: a benchmark of the parse command, not a test.
 *
 * Writes a generated dump of 10,000 entries (by default) into a temporary project, then runs the whole
 * parse command in-process several times (read, parse, merge, tag, validate, write) and prints the median
 * MB/s and records/s, a median per phase, and the time of one run of the real CLI as a child process.
 * Target: the parse command on 10,000 entries in under 1 s on a 2-core machine, validation included.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeDump } from '../../src/lib/dump/decode.ts';
import { mergeDumps } from '../../src/lib/dump/merge.ts';
import { parseDump } from '../../src/lib/dump/parse.ts';
import { recordsJson } from '../../src/lib/dump/records-json.ts';
import { validatePapers } from '../../src/lib/dump/validate.ts';
import { loadTaxonomy, tagPapers } from '../../src/lib/tags/tag.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { medianOf } from './targets.ts';
import { generateDump } from './generate-dump.ts';
import { main } from '../parse.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TARGET_MS = 1000;
const DATE = '2025-12-10';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
const seed = Number(values.seed);

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

// A temporary project: the dump, and the repository's taxonomy when there is one (tagging is part of the run).
const project = mkdtempSync(path.join(tmpdir(), 'parse-bench-'));
const dumpFile = path.join(project, `content/dumps/${DATE}.txt`);
const tagsFile = path.join(ROOT, 'content/tags.yaml');
try {
  mkdirSync(path.dirname(dumpFile), { recursive: true });
  const [text, generateMs] = time(() => generateDump({ date: DATE, count, seed }));
  writeFileSync(dumpFile, text);
  const hasTags = existsSync(tagsFile);
  if (hasTags) copyFileSync(tagsFile, path.join(project, 'content/tags.yaml'));
  const bytes = statSync(dumpFile).size;
  console.log(
    `load average ${loadavg()[0]?.toFixed(1)} on this machine: wall times grow when other work shares the cores`,
  );
  console.log(
    `dump: ${count.toLocaleString('en-US')} entries, ${(bytes / 1e6).toFixed(1)} MB (seed ${seed}, generated in ${ms(generateMs)}); ` +
      `tagging ${hasTags ? 'with content/tags.yaml' : 'skipped (no content/tags.yaml)'}`,
  );

  // The whole command in-process: warm-up, then the measured runs.
  let lastStderr = '';
  const io = {
    cwd: project,
    stdout: { write: () => true },
    stderr: { write: (s: string) => ((lastStderr += s), true) },
  };
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    lastStderr = '';
    let code = 0;
    const cpuStart = process.cpuUsage();
    const elapsed = await timeAsync(async () => {
      code = await main([], io);
    });
    const cpu = process.cpuUsage(cpuStart);
    if (code !== 0) throw new Error(`parse exited ${code}:\n${lastStderr.slice(-2000)}`);
    if (i > 0) {
      samples.push(elapsed);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    }
  }
  const written = JSON.parse(readFileSync(path.join(project, 'content/papers.json'), 'utf8')) as Paper[];
  if (written.length !== count)
    throw new Error(`expected ${count} records, the command wrote ${written.length}`);
  const summary = lastStderr.trimEnd().split('\n').at(-1);
  const med = medianOf(samples);
  console.log(
    `parse command, in-process, median of ${runs}: ${ms(med)} (min ${ms(Math.min(...samples))}, max ${ms(Math.max(...samples))}) ` +
      `= ${(bytes / 1e6 / (med / 1000)).toFixed(1)} MB/s, ${Math.round(count / (med / 1000)).toLocaleString('en-US')} records/s`,
  );
  console.log(`  CPU time (all threads, median): ${ms(medianOf(cpuSamples))}; its summary: ${summary}`);

  // The same work phase by phase, to see where the time goes.
  const phases: Record<string, number[]> = {
    read: [],
    parse: [],
    merge: [],
    tag: [],
    validate: [],
    serialise: [],
  };
  const file = `content/dumps/${DATE}.txt`;
  for (let i = 0; i < runs; i++) {
    const [source, readMs] = time(() => decodeDump(readFileSync(dumpFile)).text);
    const [parsed, parseMs] = time(() => parseDump(source, { file, date: DATE }));
    const [merged, mergeMs] = time(() => mergeDumps([{ date: DATE, papers: parsed.papers }]));
    const [tagged, tagMs] = time(() =>
      hasTags
        ? tagPapers(
            merged,
            loadTaxonomy(readFileSync(tagsFile, 'utf8'), 'content/tags.yaml').taxonomy,
            'tags',
          ).papers
        : merged,
    );
    const [, validateMs] = time(() => validatePapers(tagged, file));
    const [, serialiseMs] = time(() => recordsJson(tagged));
    phases['read']?.push(readMs);
    phases['parse']?.push(parseMs);
    phases['merge']?.push(mergeMs);
    phases['tag']?.push(tagMs);
    phases['validate']?.push(validateMs);
    phases['serialise']?.push(serialiseMs);
  }
  console.log(
    `  phases (median): ${Object.entries(phases)
      .map(([name, s]) => `${name} ${ms(medianOf(s))}`)
      .join(', ')}`,
  );

  // One run of the real command as a child process: Node start-up and module loading included.
  const node = path.join(ROOT, 'node_modules/.bin/node');
  const [, cliMs] = time(() =>
    execFileSync(node, [path.join(ROOT, 'scripts/parse.ts')], { cwd: project, stdio: 'pipe' }),
  );
  console.log(`CLI child process, one run: ${ms(cliMs)} (Node start-up and module loading included)`);

  const verdict = med < TARGET_MS ? 'met' : 'MISSED';
  console.log(
    `target: parse command on ${count.toLocaleString('en-US')} entries under ${ms(TARGET_MS)}: ${verdict} (${ms(med)} in-process, ${ms(cliMs)} as a process)`,
  );
} finally {
  rmSync(project, { recursive: true, force: true });
}
