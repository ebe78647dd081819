/**
 * The harness serves built files only. If the renderer (or the page bridge) has never
 * been built, build it once with Vite; tests may also ask for a rebuild when sources are
 * newer than the build. A lock folder keeps two harnesses from building at once.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../core/shared/logger.js';

const log = createLogger('harness-build');

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_OUT = join(REPO_ROOT, 'out', 'renderer');
export const BRIDGE_OUT = join(REPO_ROOT, 'out', 'harness-bridge');
const LOCK = join(REPO_ROOT, 'out', '.harness-build-lock');
const STALE_LOCK_MS = 180_000;
/** This file: a change to how things are built makes every build stale. */
const BUILD_RULES = fileURLToPath(import.meta.url);

/** 'if-missing': only when no build exists (the CLI). 'if-stale': also when a source is newer (tests). */
export type BuildPolicy = 'if-missing' | 'if-stale' | 'always';

interface Target {
  name: string;
  output: string;
  config: string;
  sources: string[];
}

const TARGETS: Target[] = [
  {
    name: 'renderer',
    output: join(RENDERER_OUT, 'index.html'),
    config: join(REPO_ROOT, 'renderer', 'vite.config.ts'),
    sources: [join(REPO_ROOT, 'renderer'), join(REPO_ROOT, 'preload', 'api.ts'), join(REPO_ROOT, 'preload', 'contract.ts'), join(REPO_ROOT, 'preload', 'planTerms.ts'), BUILD_RULES],
  },
  {
    name: 'harness bridge',
    output: join(BRIDGE_OUT, 'harness-bridge.js'),
    config: join(REPO_ROOT, 'main', 'harness', 'bridge.vite.config.ts'),
    sources: [join(REPO_ROOT, 'main', 'harness', 'bridge'), join(REPO_ROOT, 'main', 'harness', 'wireCodec.ts'), join(REPO_ROOT, 'preload', 'api.ts'), BUILD_RULES],
  },
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild(t: Target, policy: BuildPolicy): boolean {
  if (policy === 'always' || !existsSync(t.output)) return true;
  if (policy === 'if-missing') return false;
  const built = statSync(t.output).mtimeMs;
  return t.sources.some((s) => newestMtime(s) > built);
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export async function ensureBuilt(policy: BuildPolicy = 'if-missing'): Promise<void> {
  if (!TARGETS.some((t) => needsBuild(t, policy))) return;
  await withLock(async () => {
    // Checked again under the lock: another harness may have just built it.
    const todo = TARGETS.filter((t) => needsBuild(t, policy === 'always' ? 'if-stale' : policy));
    if (todo.length === 0) return;
    // Always a production build: under a test runner NODE_ENV is 'test', and Vite then builds
    // React's development bundle (jsxDEV, console.createTask), several times slower per render,
    // so the e2e and the benchmarks would measure a build no user runs.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const { build } = await import('vite');
      for (const t of todo) {
        log.info('building', { target: t.name });
        await build({ configFile: t.config, logLevel: 'warn', mode: 'production' });
      }
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  });
}
