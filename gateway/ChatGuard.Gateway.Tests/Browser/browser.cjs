// Shared by the browser scenarios: Debian's Chromium driven by npm playwright-core (no browser download here),
// the scenario's inputs from the environment, and a screenshot helper. Started by BrowserScenario.cs.
const { chromium } = require('playwright-core');
const path = require('node:path');

const env = name => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=en-US'],
  });
}

/** A page that fails the scenario on any script error or CSP violation it reports. */
async function newPage(browser, base, name, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ baseURL: base, viewport, locale: 'en-US', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', e => page.problems.push(`${name}: ${e.message}`));
  page.on('console', m => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) page.problems.push(`${name} console: ${m.text()}`);
  });
  page.setDefaultTimeout(15_000);
  return page;
}

async function shot(page, file) {
  const full = path.join(env('SCREENSHOTS'), file);
  await page.screenshot({ path: full, fullPage: false });
  console.log(`screenshot ${full}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a scenario: prints RESULT {json} on success; exit status 1 with the error otherwise. */
function run(scenario) {
  (async () => {
    const browser = await launch();
    try {
      const result = await scenario(browser, env('BASE_URL'));
      console.log(`RESULT ${JSON.stringify(result)}`);
    } finally {
      await browser.close();
    }
  })().catch(e => { console.error(e && e.stack || e); process.exit(1); });
}

module.exports = { env, newPage, shot, assert, run };
