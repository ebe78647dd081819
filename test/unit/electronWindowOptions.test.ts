import { describe, expect, it } from 'vitest';
import { BACKGROUND, createWindowOptions } from '../../main/app/windowOptions.js';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs' });
  const web = options.webPreferences!;

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('turns off <webview>, insecure content and experimental surfaces', () => {
    expect(web.webviewTag).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.enableWebSQL).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.spellcheck).toBe(false);
  });

  it('uses the given preload and keeps DevTools off unless asked', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.devTools).toBe(false);
    expect(createWindowOptions({ preloadPath: '/p', devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('stays hidden until ready-to-show, with a sensible size and background', () => {
    expect(options.show).toBe(false);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth!);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight!);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.backgroundColor).toBe(BACKGROUND.light);
    expect(createWindowOptions({ preloadPath: '/p', dark: true }).backgroundColor).toBe(BACKGROUND.dark);
  });

  it('returns a fresh object each time (callers cannot weaken the next window)', () => {
    const a = createWindowOptions({ preloadPath: '/p' });
    a.webPreferences!.sandbox = false;
    expect(createWindowOptions({ preloadPath: '/p' }).webPreferences!.sandbox).toBe(true);
  });
});
