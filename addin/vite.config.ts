import { defineConfig } from 'vite';

// The service serves addin/dist under /addin/; relative asset paths keep the build independent of that prefix.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { taskpane: 'taskpane.html' } },
  },
});
