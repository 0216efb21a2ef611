// A buyer in the storefront widget asks something, then sends a violating message; it appears live in the moderator
// console (no reload) and opening it loads the conversation before it; the moderator confirms it with a note; the buyer sees the mute (S10) in the widget; the moderator lifts
// the mute with a note and the buyer can write again.
const { env, newPage, shot, assert, run } = require('./browser.cjs');

run(async (browser, base) => {
  const tenant = env('TENANT'), buyerId = env('BUYER'), earlier = env('EARLIER'), text = env('TEXT');

  const moderator = await newPage(browser, base, 'console', { width: 1280, height: 1000 });
  await moderator.goto('/console');
  await moderator.fill('#tenant', tenant);
  await moderator.fill('#userId', 'mod1');
  await moderator.click('#signin-form button[type=submit]');
  await moderator.waitForSelector('#status[data-state=connected]');
  await moderator.waitForSelector('#queue[data-loaded=true]', { state: 'attached' });
  let navigations = 0;
  moderator.on('framenavigated', f => { if (f === moderator.mainFrame()) navigations++; });

  const buyer = await newPage(browser, base, 'widget', { width: 1100, height: 760 });
  await buyer.goto('/widget');
  await buyer.fill('#demo-signin input[name=tenant]', tenant);
  await buyer.fill('#demo-signin input[name=userId]', buyerId);
  await buyer.click('#demo-signin button[type=submit]');
  await buyer.waitForSelector('#chatguard-widget[data-state=ready]', { state: 'attached' });
  await buyer.fill('#cg-text', earlier);
  await buyer.press('#cg-text', 'Enter');
  await buyer.waitForSelector(`.bubble.mine >> text=${earlier}`);
  await buyer.fill('#cg-text', text);
  await buyer.press('#cg-text', 'Enter');
  const verdict = await buyer.waitForSelector('.bubble.mine .verdict');
  const verdictText = await verdict.textContent();

  // Live: the flag arrives over /hubs/moderation while the console stays on the same document.
  const row = await moderator.waitForSelector('#queue .row');
  assert(navigations === 0, 'the console reloaded to show the flag');
  const rowText = await row.textContent();
  await row.click();
  await moderator.waitForSelector('#detail mark.span');
  // The live flag carries no conversation; the console reads it when the flag is opened.
  const thread = await (await moderator.waitForSelector('#detail .thread[data-loaded=true]')).textContent();
  const marked = await moderator.$$eval('#detail mark.span', ms => ms.map(m => m.firstChild.textContent));
  const ruleIds = await moderator.$$eval('#detail .rule-id', rs => rs.map(r => r.textContent));
  const chartBars = await moderator.$$eval('#chart rect[data-label]', rs => rs.length);
  await shot(moderator, 'console-flag.png');

  await moderator.fill('#decision-note', 'Contact details to move the buyer off the platform.');
  await moderator.click('#confirm');
  await moderator.waitForSelector('#detail .state[data-state=confirmed]');
  const decided = await moderator.textContent('#detail .decision');

  const notice = await buyer.waitForSelector('.notice:not([hidden])');
  const noticeText = await notice.textContent();
  const inputDisabled = await buyer.$eval('#cg-text', i => i.disabled);
  await shot(buyer, 'widget-muted.png');

  await moderator.click('#tab-sanctions');
  await moderator.waitForSelector('#sanctions table, #sanctions .empty');
  const sanctions = await moderator.textContent('#sanctions');
  await shot(moderator, 'console-sanctions.png');

  await moderator.click('#sanctions button >> text=Lift');
  await moderator.fill('#lift-dialog textarea[name=note]', 'Appeal accepted: the handle was the shop’s own account.');
  await moderator.click('#lift-dialog button[value=lift]');
  await moderator.waitForSelector('#sanctions .empty');
  await buyer.waitForFunction(() => !document.querySelector('#chatguard-widget').shadowRoot.querySelector('#cg-text').disabled);
  const liftedNotice = await buyer.textContent('.notice');

  const problems = [...moderator.problems, ...buyer.problems];
  return { verdictText, rowText, marked, ruleIds, thread, chartBars, decided, noticeText, inputDisabled, sanctions, liftedNotice, problems };
});
