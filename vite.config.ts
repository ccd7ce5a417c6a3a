/**
 * Builds and serves the web pages: the managers' app (index.html, src/ui) and trainer mode
 * (trainer.html, src/ui/trainer). `npm start` runs the dev server and opens the app; `vite build`
 * writes a static site to dist-web/ that runs from any path and offline: every asset URL is relative
 * (`base: './'`), the example scenarios are bundled as text, and the simulation runs in module Web
 * Workers bundled beside the pages. No server beyond static files is needed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: 'dist-web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Plot and d3 make one large chunk; it is cached once and works offline, so the warning is noise.
    chunkSizeWarningLimit: 1500,
    // Two pages sharing the simulator's chunks.
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        trainer: fileURLToPath(new URL('./trainer.html', import.meta.url)),
      },
    },
  },
  worker: {
    // Module workers load the simulator as ES modules, as the pages do.
    format: 'es',
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
