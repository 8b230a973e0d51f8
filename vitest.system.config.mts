// System tests: the exported site checked whole, by the independent validators, by nginx serving
// releases under load, by a CDN edge in front of it and by Firefox (against BASE_URL), all on
// loopback. Each needs the export
// (out/, or SITE_ROOT / EXPORT_DIR) that scripts/test.sh makes before it runs them. Files run one
// at a time: each binds its own fixed ports. Run one with
// `npx vitest run --config vitest.system.config.mts tests/system/<name>.test.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/system/**/*.test.ts'],
    environment: 'node',
    // Vite sets BASE_URL to its own base ('/'); here it is the site's address, which
    // `npm run serve:static -- …` gives the Firefox checks (port 3100 otherwise).
    env: { BASE_URL: process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3100}` },
    fileParallelism: false,
    // What the tests wait for is bounded by each of them (a load of 15 s, lifetimes of seconds);
    // this only stops a run that hangs, however busy the machine is.
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
