/**
 * Runs a command as a child process and measures it from the outside: wall time, CPU time, and the peak
 * resident memory of its whole process tree (the child and everything it starts, summed), sampled from
 * `/proc`. CPU time (user + system, finished descendants included) is the steadier figure on a machine
 * shared with other work: wall time grows with the load, CPU time hardly.
 * The samples are kept, so that each stage of the build (from its report) gets its own CPU time and peak
 * (`stageFigures`). Linux only (reads `/proc`); elsewhere the memory figures are 0.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One sample of the process tree: when (epoch milliseconds), its resident memory and CPU time so far. */
export interface Sample {
  at: number;
  total: number;
  largest: number;
  cpu: number;
}

/** What one stage took. */
export interface StageFigures {
  name: string;
  /** Wall time, milliseconds. */
  ms: number;
  /** CPU time (user + system) of the process tree during the stage, milliseconds. */
  cpuMs: number;
  /** Peak resident memory of the process tree while the stage ran, bytes. */
  peakRss: number;
  /** Peak resident memory of the largest single process while the stage ran, bytes. */
  peakProcessRss: number;
}

/** What the whole run took. */
export interface RunFigures {
  status: number;
  ms: number;
  /** CPU time of the whole run (its last sample), milliseconds. */
  cpuMs: number;
  peakRss: number;
  samples: Sample[];
  /** The command's standard output, line by line. */
  lines: string[];
  /** Its standard error, line by line. */
  errorLines: string[];
}

/** How to run and watch a command. */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives the command's standard output and error. */
  log: WriteStream;
  /** Milliseconds between memory samples. */
  sampleEvery?: number;
}

const PAGE_SIZE = 4096;
/** `sysconf(_SC_CLK_TCK)`: 100 on Linux. */
const CLOCK_TICKS = 100;

/** Runs `command` with `args`, watching its memory; resolves when it exits. Never rejects on exit status. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunFigures> {
  const started = performance.now();
  const samples: Sample[] = [];
  let peakRss = 0;
  let cpuMs = 0;
  const lines: string[] = [];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sample = () => {
    if (child.pid === undefined) return;
    const { total, largest, cpu } = treeUsage(child.pid);
    cpuMs = Math.max(cpuMs, cpu);
    peakRss = Math.max(peakRss, total);
    if (total > 0) samples.push({ at: Date.now(), total, largest, cpu: cpuMs });
  };
  const onLine = (line: string) => {
    options.log.write(`${line}\n`);
    lines.push(line);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  const errorLines: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    options.log.write(`${line}\n`);
    errorLines.push(line);
  });
  const timer = setInterval(sample, options.sampleEvery ?? 100);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      options.log.write(`cannot run ${command}: ${error.message}\n`);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        status: code ?? 1,
        ms: performance.now() - started,
        cpuMs,
        peakRss,
        samples,
        lines,
        errorLines,
      });
    });
  });
}

/** Each stage's figures from the samples taken while it ran (`stages` as the build reports them). */
export function stageFigures(
  samples: readonly Sample[],
  stages: readonly { name: string; startedAt: number; ms: number }[],
): StageFigures[] {
  return stages.map(({ name, startedAt, ms }) => {
    const during = samples.filter((sample) => sample.at >= startedAt && sample.at <= startedAt + ms);
    const cpuAt = (at: number) => samples.findLast((sample) => sample.at <= at)?.cpu ?? 0;
    return {
      name,
      ms,
      cpuMs: cpuAt(startedAt + ms) - cpuAt(startedAt),
      peakRss: Math.max(0, ...during.map((sample) => sample.total)),
      peakProcessRss: Math.max(0, ...during.map((sample) => sample.largest)),
    };
  });
}

/**
 * Resident memory of `pid` and all its descendants (their sum and the largest one, bytes), and their CPU
 * time in milliseconds, including that of descendants already finished (`cutime`, `cstime`).
 */
export function treeUsage(pid: number): { total: number; largest: number; cpu: number } {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return { total: 0, largest: 0, cpu: 0 };
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat === undefined) continue;
    const parent = stat.parent;
    ticks.set(Number(name), stat.ticks);
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  let total = 0;
  let largest = 0;
  let cpu = 0;
  const queue = [pid];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const rss = residentBytes(next);
    total += rss;
    largest = Math.max(largest, rss);
    cpu += ticks.get(next) ?? 0;
    queue.push(...(children.get(next) ?? []));
  }
  return { total, largest, cpu: (cpu * 1000) / CLOCK_TICKS };
}

/**
 * From `/proc/<pid>/stat`: the parent pid and utime + stime + cutime + cstime in clock ticks (fields 4 and
 * 14–17, counted from the state after the parenthesised command name, which may hold spaces).
 */
function statOf(pid: number): { parent: number; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, at) => sum + Number(fields[at]), 0);
    return { parent: Number(fields[1]), ticks };
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
