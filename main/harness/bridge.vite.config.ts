/** Builds the harness's page-side bridge into one classic script: out/harness-bridge/harness-bridge.js. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    lib: {
      entry: fileURLToPath(new URL('./bridge/harnessBridge.ts', import.meta.url)),
      formats: ['iife'],
      name: 'QuoteReadyHarnessBridge',
      fileName: () => 'harness-bridge.js',
    },
    outDir: fileURLToPath(new URL('../../out/harness-bridge', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    minify: false,
  },
});
