/** Runs the real CLI (tsx main/cli.ts) as a child process, as a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  // node --import tsx, not the tsx wrapper: the wrapper runs the script in a grandchild, which a SIGKILL would miss.
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export async function runCli(args: string[], env?: NodeJS.ProcessEnv) {
  return startCli(args, env).done;
}
