/**
 * Runs a command as a child process and measures it from the outside: wall time, and the peak resident
 * memory of its whole process tree (the child and everything it starts, summed), sampled from `/proc`.
 * Stages are told apart by the lines the command prints (`stageOf`), so each stage gets its own wall time
 * and peak. Linux only (reads `/proc`); elsewhere the memory figures are 0.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** A line's meaning for stage tracking: a stage starts, or the current stage ends. */
export type StageEvent = { start: string } | { end: string } | undefined;

/** What one stage took. */
export interface StageFigures {
  name: string;
  /** Wall time, milliseconds. */
  ms: number;
  /** Peak resident memory of the process tree while the stage ran, bytes. */
  peakRss: number;
  /** Peak resident memory of the largest single process while the stage ran, bytes. */
  peakProcessRss: number;
}

/** What the whole run took. */
export interface RunFigures {
  status: number;
  ms: number;
  peakRss: number;
  stages: StageFigures[];
  /** The command's standard output, line by line. */
  lines: string[];
}

/** How to run and watch a command. */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives the command's standard output and error. */
  log: WriteStream;
  /** Reads a line of output as a stage event. */
  stageOf?: (line: string) => StageEvent;
  /** Milliseconds between memory samples. */
  sampleEvery?: number;
}

const PAGE_SIZE = 4096;

/** Runs `command` with `args`, watching its memory; resolves when it exits. Never rejects on exit status. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunFigures> {
  const started = performance.now();
  const stages: StageFigures[] = [];
  let stage: (StageFigures & { at: number }) | undefined;
  let peakRss = 0;
  const lines: string[] = [];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sample = () => {
    if (child.pid === undefined) return;
    const { total, largest } = treeRss(child.pid);
    peakRss = Math.max(peakRss, total);
    if (stage) {
      stage.peakRss = Math.max(stage.peakRss, total);
      stage.peakProcessRss = Math.max(stage.peakProcessRss, largest);
    }
  };
  const endStage = () => {
    if (!stage) return;
    sample();
    const { at, ...figures } = stage;
    stages.push({ ...figures, ms: performance.now() - at });
    stage = undefined;
  };
  const onLine = (line: string) => {
    options.log.write(`${line}\n`);
    lines.push(line);
    const event = options.stageOf?.(line);
    if (event && 'start' in event) {
      endStage();
      stage = { name: event.start, ms: 0, peakRss: 0, peakProcessRss: 0, at: performance.now() };
      sample();
    } else if (event && 'end' in event && stage?.name === event.end) endStage();
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', (line) => options.log.write(`${line}\n`));
  const timer = setInterval(sample, options.sampleEvery ?? 100);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      options.log.write(`cannot run ${command}: ${error.message}\n`);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      endStage();
      resolve({ status: code ?? 1, ms: performance.now() - started, peakRss, stages, lines });
    });
  });
}

/** Resident memory of `pid` and all its descendants: their sum and the largest one, bytes. */
export function treeRss(pid: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return { total: 0, largest: 0 };
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  let total = 0;
  let largest = 0;
  const queue = [pid];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const rss = residentBytes(next);
    total += rss;
    largest = Math.max(largest, rss);
    queue.push(...(children.get(next) ?? []));
  }
  return { total, largest };
}

/** The parent pid from `/proc/<pid>/stat` (the field after the parenthesised command name). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Resident bytes from `/proc/<pid>/statm`; 0 when the process is gone. */
function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}
