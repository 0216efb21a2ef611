// A buyer writes from the widget; the agent desk lists the conversation as unanswered with its waiting time;
// the agent answers and the buyer sees the answer; a reply moderation stops shows the agent its verdict; the agent
// reports the buyer's message (S9) and blocks the buyer (S6), and a moderator finds both in the console.
const { env, newPage, shot, run } = require('./browser.cjs');

run(async (browser, base) => {
  const tenant = env('TENANT'), buyerId = env('BUYER'), question = env('QUESTION'), answer = env('ANSWER'), blocked = env('BLOCKED');

  const buyer = await newPage(browser, base, 'widget', { width: 1100, height: 760 });
  await buyer.goto('/widget');
  await buyer.fill('#demo-signin input[name=tenant]', tenant);
  await buyer.fill('#demo-signin input[name=userId]', buyerId);
  await buyer.click('#demo-signin button[type=submit]');
  await buyer.waitForSelector('#chatguard-widget[data-state=ready]', { state: 'attached' });
  await buyer.fill('#cg-text', question);
  await buyer.press('#cg-text', 'Enter');
  await buyer.waitForSelector('.bubble.mine');

  const agent = await newPage(browser, base, 'desk');
  await agent.goto('/desk');
  await agent.fill('#tenant', tenant);
  await agent.fill('#shopId', 's1');
  await agent.fill('#userId', 'agent1');
  await agent.click('#signin-form button[type=submit]');
  await agent.waitForSelector('#status[data-state=connected]');
  const row = await agent.waitForSelector('#conversations .row');
  const waiting = await agent.textContent('#conversations .row .waiting');
  const preview = await row.textContent();
  await row.click();
  await agent.waitForSelector('#thread .bubble');
  const thread = await agent.textContent('#thread');

  await agent.fill('#reply', answer);
  await agent.press('#reply', 'Enter');
  const received = await buyer.waitForSelector(`.bubble:not(.mine) >> text=${answer}`);
  const receivedText = await received.textContent();
  await agent.waitForSelector('#conversations .row .meta:not(.waiting)');
  const answeredList = await agent.textContent('#conversations');

  await agent.fill('#reply', blocked);
  await agent.press('#reply', 'Enter');
  const verdict = await agent.waitForSelector('#thread .verdict');
  const verdictText = await verdict.textContent();
  await shot(agent, 'desk.png');
  await shot(buyer, 'widget-answered.png');

  await agent.check('#thread .pick');
  await agent.click('#report');
  await agent.selectOption('#report-dialog select[name=reason]', 'unreasonable_demand');
  await agent.fill('#report-dialog textarea[name=note]', 'Demands a refund before ordering.');
  await agent.click('#report-dialog button[value=send]');
  const reported = await (await agent.waitForSelector('.toast >> text=Report sent')).textContent();
  await agent.click('#block');
  await agent.selectOption('#block-dialog select[name=reason]', 'harassment');
  await agent.fill('#block-dialog textarea[name=note]', 'Repeated messages after being answered.');
  await agent.click('#block-dialog button[value=block]');
  const blockedToast = await (await agent.waitForSelector(`.toast >> text=${buyerId} blocked`)).textContent();
  await buyer.fill('#cg-text', '还在吗？');
  await buyer.press('#cg-text', 'Enter');
  const refused = await (await buyer.waitForSelector('.notice:not([hidden])')).textContent();

  const moderator = await newPage(browser, base, 'console', { width: 1280, height: 900 });
  await moderator.goto('/console');
  await moderator.fill('#tenant', tenant);
  await moderator.fill('#userId', 'mod1');
  await moderator.click('#signin-form button[type=submit]');
  await moderator.waitForSelector('#queue[data-loaded=true]', { state: 'attached' });
  await moderator.click('#queue .row');
  const report = await moderator.textContent('#detail');
  await moderator.click('#tab-blocks');
  const blocks = await (await moderator.waitForSelector('#blocks table')).textContent();
  await shot(moderator, 'console-blocks.png');

  const problems = [...agent.problems, ...buyer.problems, ...moderator.problems];
  return { waiting, preview, thread, receivedText, answeredList, verdictText, reported, blockedToast, refused, report, blocks, problems };
});
