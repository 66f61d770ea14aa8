import { defineConfig, devices } from '@playwright/test'
import { CHROME_FLAGS, CHROMIUM_PATH } from './scripts/chromium'

const PORT = Number(process.env.E2E_PORT ?? 4321)

/** Chromium from the system (never downloaded), with the flags this machine needs. */
export const chromiumLaunch = { executablePath: CHROMIUM_PATH, args: CHROME_FLAGS }

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.ci-results/playwright.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  webServer: {
    command: `node scripts/serve.mjs out ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
})
