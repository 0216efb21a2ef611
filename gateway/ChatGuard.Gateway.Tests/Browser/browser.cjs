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

/**
 * A page that fails the scenario on any script error or CSP violation it reports. The browser's language is
 * English unless the scenario asks for another (locale 'zh-CN': a Chinese browser).
 */
async function newPage(browser, base, name, viewport = { width: 1280, height: 800 }, locale = 'en-US') {
  const context = await browser.newContext({ baseURL: base, viewport, locale, timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', e => page.problems.push(`${name}: ${e.message}`));
  page.on('console', m => {
    // Chromium logs every 404 and 409 answer; those are answers the pages handle (a flag another moderator claimed).
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of (404|409)/.test(m.text())) page.problems.push(`${name} console: ${m.text()}`);
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

/** Development sign-in on each page; `query` (e.g. '?lang=en') is kept on the page's address. */
async function signInBuyer(page, tenant, buyerId, query = '') {
  await page.goto(`/widget${query}`);
  await page.fill('#demo-signin input[name=tenant]', tenant);
  await page.fill('#demo-signin input[name=userId]', buyerId);
  await page.click('#demo-signin button[type=submit]');
  await page.waitForSelector('#chatguard-widget[data-state=ready]', { state: 'attached' });
}

async function signInDesk(page, tenant, shopId, agentId, query = '') {
  await page.goto(`/desk${query}`);
  await page.fill('#tenant', tenant);
  await page.fill('#shopId', shopId);
  await page.fill('#userId', agentId);
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#status[data-state=connected]');
  await page.waitForSelector('#conversations[data-loaded=true]', { state: 'attached' });
}

async function signInConsole(page, tenant, moderatorId, query = '') {
  await page.goto(`/console${query}`);
  await page.fill('#tenant', tenant);
  await page.fill('#userId', moderatorId);
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#status[data-state=connected]');
  await page.waitForSelector('#queue[data-loaded=true]', { state: 'attached' });
}

/** Catalogue keys shown as text mean a missing translation. */
async function untranslated(page) {
  const text = await page.evaluate(() => document.body.innerText + ' ' + (document.querySelector('#chatguard-widget')?.shadowRoot?.textContent ?? ''));
  return text.match(/\b(?:desk|console|widget|field|action|status|store|compliance|order|quick|transfer|report|block|lift|image|time|role|state|label|reason|rule|presence|sanctions|blocks|index)\.[a-zA-Z]+/g) ?? [];
}

/** The elements that stick out of the viewport's width (a phone would scroll sideways); none is the aim. */
const overflows = page => page.evaluate(() => document.scrollingElement.scrollWidth > window.innerWidth + 1
  ? [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getClientRects().length)
    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')}`).slice(0, 5)
  : []);

module.exports = { env, newPage, shot, assert, run, signInBuyer, signInDesk, signInConsole, untranslated, overflows };
