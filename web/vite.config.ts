import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The web app's build. The server serves web/dist at `/` (index.html for every page, files
 * under /assets/ cached for a year since their names carry a content hash). Each page is its
 * own chunk (React Router's lazy routes), so ECharts and the map shapes load only with the
 * pages that draw them. `npm run dev` proxies the API to a server on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or data: URLs for scripts (the server's CSP allows scripts from 'self' only).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    // ws: live updates (GraphQL subscriptions) share /graphql.
    proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true }, '/exports': 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
