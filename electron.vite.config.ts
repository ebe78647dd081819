/**
 * electron-vite builds the three parts of the desktop app into out/:
 *   out/main/index.js      main process (ESM; package.json "main"), from main/app/main.ts,
 *                          and out/main/parseWorker.js, the importer's worker thread
 *   out/preload/index.cjs  preload (CommonJS, one self-contained file: sandboxed preloads
 *                          cannot load ES modules or require packages)
 *   out/renderer/          the React screens, with the renderer's own Vite settings
 *                          (renderer/vite.config.ts, also used by the browser harness)
 * `npm start` runs `electron-vite dev` through scripts/start.ts when Electron is installed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: path('./main/app/main.ts'),
          // The importer starts its parser with new URL('./parseWorker.js', import.meta.url).
          parseWorker: path('./main/core/importer/parseWorker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      // Bundle zod and the contract into the preload: a sandboxed preload can require only 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path('./preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    root: path('./renderer'),
    build: {
      ...rendererConfig.build,
      // electron-vite's default (out/renderer, or --outDir), not the standalone build's.
      outDir: undefined,
      rolldownOptions: { input: path('./renderer/index.html') },
    },
  },
});
