import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The console's budget for the JavaScript a first visit loads (issue: ≤ 200 KB gzipped). */
const INITIAL_JS_BUDGET_KB = 200;

/**
 * Prints the console's initial JavaScript (its entry chunk and what that imports
 * statically), gzipped, after each build. The development-only GraphiQL page is another
 * entry and does not count.
 */
function initialJavaScriptBudget(): Plugin {
  return {
    name: 'klyngehub-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'console');
      if (!entry) return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = chunks.find((item) => item.fileName === fileName);
        chunk?.imports.forEach(visit);
      };
      visit(entry.fileName);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(chunks.find((c) => c.fileName === name)!.code).length, 0);
      const kb = bytes / 1024;
      this.info(
        `initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${seen.size} file(s) (budget ${INITIAL_JS_BUDGET_KB} KB${kb > INITIAL_JS_BUDGET_KB ? ', OVER BUDGET' : ''})`,
      );
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), initialJavaScriptBudget()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // GraphiQL is large and only for development; its page is apart from the console.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { console: 'web/index.html', graphiql: 'web/graphiql.html' } },
  },
  server: {
    // `npm run dev:web`: hot reload against a running hub (`npm start`) for API and log-in.
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/oidc': 'http://localhost:4000', '/console-config.json': 'http://localhost:4000' },
  },
});
