import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunch } from './playwright.config'

/**
 * The exported site behind the production nginx config (deploy/nginx.conf): headers, CSP,
 * privacy, caching, compression, 404 and byte budgets. Needs `npm run build` first and nginx.
 *   npx playwright test -c playwright.nginx.config.ts      (or: npm run test:nginx)
 */
const PORT = Number(process.env.NGINX_E2E_PORT ?? 8089)

export default defineConfig({
  testDir: 'tests/nginx',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.ci-results/playwright-nginx.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  projects: [{ name: 'chromium-nginx', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  webServer: {
    command: 'node scripts/preview-nginx.mjs',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
})
