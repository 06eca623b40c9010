import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** Ships the repository's manifest.xml inside dist, where the service looks for it to serve /manifest.xml. */
const manifest = (): Plugin => ({
  name: 'officeinfra-manifest',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8') });
  },
});

// The service serves addin/dist under /addin/; relative asset paths keep the build independent of that prefix.
export default defineConfig({
  base: './',
  plugins: [manifest()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { taskpane: 'taskpane.html' } },
  },
});
