/**
 * The lock that lets one build at a time run in a checkout (`scripts/lib/lock-checkout.ts`), held by a
 * real second process: a live holder makes us wait, a dead one's lock is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockCheckout } from '../../scripts/lib/lock-checkout.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');

let work: string;
let lock: string;
let holder: ChildProcess | undefined;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'paper-digest-lock-'));
  lock = join(work, 'build.lock');
});

afterEach(() => {
  holder?.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** Starts a process that takes the lock, says `locked` and then sleeps until killed. */
async function holdInAnotherProcess(): Promise<ChildProcess> {
  const script = `
    import { lockCheckout } from ${JSON.stringify(join(ROOT, 'scripts/lib/lock-checkout.ts'))};
    await lockCheckout(${JSON.stringify(lock)}, () => {});
    console.log('locked');
    setInterval(() => {}, 1000);`;
  const child = spawn(NODE, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done) => child.stdout.once('data', () => done()));
  return child;
}

describe('lockCheckout', () => {
  it('takes a free lock at once, writing our pid, and removes it on release', async () => {
    const release = await lockCheckout(lock, () => expect.unreachable('nobody holds it'));
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('waits while another live process holds it, telling its pid once, and takes it when that one dies', async () => {
    holder = await holdInAnotherProcess();
    const told: number[] = [];
    const taking = lockCheckout(lock, (pid) => told.push(pid));
    await new Promise((done) => setTimeout(done, 600));
    expect(told).toEqual([holder.pid]);
    expect(readFileSync(lock, 'utf8')).toBe(String(holder.pid));
    // Killed: it cannot release the lock, so the waiter finds a dead holder and takes over.
    holder.kill('SIGKILL');
    const release = await taking;
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(told).toHaveLength(1);
    release();
  });

  it("takes over at once the lock of a process that is gone, and an empty lock file's", async () => {
    const gone = spawn(NODE, ['-e', '']);
    await new Promise((done) => gone.on('close', done));
    writeFileSync(lock, String(gone.pid));
    (await lockCheckout(lock, () => expect.unreachable('its holder is gone')))();
    writeFileSync(lock, '');
    (await lockCheckout(lock, () => expect.unreachable('nobody holds it')))();
    expect(existsSync(lock)).toBe(false);
  });

  it('does not remove a lock another process took after ours was released', async () => {
    const release = await lockCheckout(lock, () => {});
    release();
    holder = await holdInAnotherProcess();
    release();
    expect(readFileSync(lock, 'utf8')).toBe(String(holder.pid));
  });
});
