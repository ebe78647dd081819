/** `npm run sandbox` as its own process: it listens, answers, stops on SIGTERM, and refuses bad flags with exit code 2. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PATHS, postJson, testVin } from './sandboxTestKit.js';

const SCRIPT = 'main/core/sandbox/standalone.ts';

/** Node with tsx's loader directly (not the tsx wrapper), so signals reach the sandbox itself. */
function runStandalone(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /Sandbox partner API listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    void exited.then((code) => reject(new Error(`exited early (${code}): ${stderr}`)));
  });
  listening.catch(() => {}); // only a test that awaits it cares why it never listened
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

describe('standalone sandbox', () => {
  it('listens on a random port with the given knobs and stops cleanly on SIGTERM', async () => {
    const run = runStandalone(['--port', '0', '--registration-ms', '10', '--throttle-rate', '0', '--seed', '3']);
    try {
      const url = await run.listening;
      expect((await postJson(url, PATHS.register, { vin: testVin(1), mileage: 100 })).status).toBe(202);
      const stats = await postJson(url, '/__sandbox/stats', undefined, { method: 'GET', token: null });
      expect(stats.body.requests.register).toBe(1);
      const faults = await postJson(url, '/__sandbox/faults', undefined, { method: 'GET', token: null });
      expect(faults.body).toMatchObject({ registrationMs: 10, throttleRate: 0 });
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('Sandbox stopped.');
  });

  it('refuses a bad flag with a clear message and exit code 2', async () => {
    const run = runStandalone(['--error-rate', '3']);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('--error-rate must be from 0 to 1, got 3.');
    expect(run.output().stderr).toContain('Usage: npm run sandbox');
  });
});
