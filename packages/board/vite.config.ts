import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves `dist/` from the same origin; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  // 'hidden': maps are written for debugging a build but not referenced, and the server never serves them.
  build: { outDir: 'dist', sourcemap: 'hidden', chunkSizeWarningLimit: 2000 },
});
