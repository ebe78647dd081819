/**
 * Builds the renderer on its own (root renderer/, output out/renderer) for the browser
 * harness and for anyone who wants the screens without electron-vite:
 * `npm run build:renderer`. Relative asset paths, so file:// and http:// both work.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// import.meta.dirname (Node 20.11+), not node:path: this folder's lint forbids Node imports.
const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}/../out/renderer`,
    emptyOutDir: true,
    target: 'chrome120',
    // One CSS file and one script: nothing is injected at run time, so a strict CSP holds.
    cssCodeSplit: false,
    chunkSizeWarningLimit: 1_500,
  },
});
