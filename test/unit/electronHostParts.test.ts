import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { installGracefulQuit } from '../../main/app/gracefulQuit.js';
import { createNetworkWatch } from '../../main/app/networkWatch.js';
import { dataDirArgument, findElectronBinary } from '../../scripts/electronRuntime.js';

describe('createNetworkWatch', () => {
  it('reports changes only, offline on suspend, and looks again on resume', () => {
    vi.useFakeTimers();
    try {
      let online = true;
      const changes: boolean[] = [];
      const watch = createNetworkWatch({ isOnline: () => online, onChange: (v) => changes.push(v), intervalMs: 1_000 });
      vi.advanceTimersByTime(3_000);
      expect(changes).toEqual([]);
      online = false;
      vi.advanceTimersByTime(1_000);
      online = true;
      vi.advanceTimersByTime(1_000);
      expect(changes).toEqual([false, true]);
      watch.suspend();
      vi.advanceTimersByTime(5_000); // asleep: no polling
      watch.check();
      expect(changes).toEqual([false, true, false, true]);
      watch.dispose();
      online = false;
      vi.advanceTimersByTime(5_000);
      expect(changes).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('installGracefulQuit', () => {
  function fakeApp() {
    let listener: ((e: { preventDefault(): void }) => void) | undefined;
    const app = {
      on: (_name: 'before-quit', l: (e: { preventDefault(): void }) => void) => (listener = l),
      quit: vi.fn(() => {
        const event = { preventDefault: vi.fn() };
        listener!(event);
        return event;
      }),
    };
    const quitRequest = () => {
      const event = { preventDefault: vi.fn() };
      listener!(event);
      return event;
    };
    return { app, quitRequest };
  }

  it('holds the quit until shutdown has finished, once', async () => {
    const { app, quitRequest } = fakeApp();
    let finish!: () => void;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    installGracefulQuit(app, shutdown);
    expect(quitRequest().preventDefault).toHaveBeenCalled();
    expect(quitRequest().preventDefault).toHaveBeenCalled(); // a second Ctrl+Q while stopping
    expect(shutdown).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(app.quit.mock.results[0]!.value.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when shutdown fails or hangs', async () => {
    const failing = fakeApp();
    installGracefulQuit(failing.app, () => Promise.reject(new Error('ledger locked')));
    failing.quitRequest();
    await vi.waitFor(() => expect(failing.app.quit).toHaveBeenCalled());

    const hanging = fakeApp();
    installGracefulQuit(hanging.app, () => new Promise<void>(() => {}), 20);
    hanging.quitRequest();
    await vi.waitFor(() => expect(hanging.app.quit).toHaveBeenCalled());
  });
});

describe('findElectronBinary (npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qr-electron-pkg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is null when the package has no binary, as on machines that could not download it', () => {
    expect(findElectronBinary({ env: {}, packageDir: dir })).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary({ env: {}, packageDir: dir })).toBeNull();
    expect(findElectronBinary({ env: {}, packageDir: null })).toBeNull();
  });

  it('finds the binary where the electron package puts it, or where the environment says', () => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'path.txt'), 'electron');
    writeFileSync(join(dir, 'dist', 'electron'), '');
    chmodSync(join(dir, 'dist', 'electron'), 0o755);
    expect(findElectronBinary({ env: {}, packageDir: dir })).toBe(join(dir, 'dist', 'electron'));
    expect(findElectronBinary({ env: { ELECTRON_EXEC_PATH: join(dir, 'dist', 'electron') }, packageDir: null })).toBe(join(dir, 'dist', 'electron'));
    expect(findElectronBinary({ env: { ELECTRON_EXEC_PATH: join(dir, 'nope') }, packageDir: dir })).toBeNull();
  });

  it('reads --data-dir for the desktop app', () => {
    expect(dataDirArgument(['--port', '8080', '--data-dir', '/tmp/qr'])).toBe('/tmp/qr');
    expect(dataDirArgument(['--data-dir=/tmp/qr'])).toBe('/tmp/qr');
    expect(dataDirArgument(['--port', '1'])).toBeNull();
  });
});
