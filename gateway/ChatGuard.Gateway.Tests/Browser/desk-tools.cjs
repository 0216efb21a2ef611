// The agent's working tools: a live unread count in the list and the tab's title, filters and search, the buyer's
// orders beside the chat, quick replies managed and used, reception state and transfer to a colleague, and the
// shop's compliance (S2/S4 assessment with pass/fail, S11 points with their reasons).
const { env, newPage, shot, run, signInBuyer, signInDesk } = require('./browser.cjs');

run(async (browser, base) => {
  const tenant = env('TENANT'), phrase = env('PHRASE');
  const agent = await newPage(browser, base, 'desk agent1', { width: 1440, height: 900 }, 'zh-CN');
  await signInDesk(agent, tenant, 's1', 'agent1');
  const colleague = await newPage(browser, base, 'desk agent2', { width: 1280, height: 800 }, 'zh-CN');
  await signInDesk(colleague, tenant, 's1', 'agent2');
  await colleague.selectOption('#presence', 'busy');

  const buyer = await newPage(browser, base, 'widget', { width: 1100, height: 760 }, 'zh-CN');
  await signInBuyer(buyer, tenant, 'buyer1');
  await buyer.fill('#cg-text', '在吗？我的订单什么时候发货？');
  await buyer.press('#cg-text', 'Enter');

  const badge = await agent.waitForSelector('#conversations .row .badge');
  const live = { badge: await badge.textContent(), title: await agent.title(), rows: await agent.$$eval('#conversations .row', r => r.length) };
  await agent.click('[data-filter=waiting]');
  const waitingOnly = await agent.$$eval('#conversations .row b', r => r.map(b => b.textContent));
  await agent.click('[data-filter=all]');
  await agent.fill('#search', 'buyer2');
  const searched = await agent.$$eval('#conversations .row b', r => r.map(b => b.textContent));
  await agent.fill('#search', '发货');
  const searchedText = await agent.$$eval('#conversations .row b', r => r.map(b => b.textContent));
  await agent.fill('#search', '');

  await agent.click('#conversations .row[data-conversation] >> text=buyer1');
  await agent.waitForSelector('#thread .bubble');
  await agent.waitForSelector('#order-context[data-loaded]', { state: 'attached' });
  const orders = await agent.textContent('#order-context');
  const afterOpen = { badges: await agent.$$eval('#conversations .badge', b => b.length), title: await agent.title() };

  await agent.click('#quick');
  await agent.click('#quick-manage');
  await agent.fill('#quick-dialog textarea', phrase);
  await agent.click('#quick-dialog button[value=add]');
  await agent.click(`#quick-replies .quick >> text=${phrase}`);
  const inserted = await agent.inputValue('#reply');
  await agent.press('#reply', 'Enter');
  const received = await (await buyer.waitForSelector(`.bubble:not(.mine) >> text=${phrase}`)).textContent();
  await shot(agent, 'desk-tools-zh-CN.png');

  await agent.click('#transfer');
  await agent.waitForSelector('#transfer-dialog[open] #transfer-to option', { state: 'attached' });
  const candidates = await agent.$$eval('#transfer-to option', o => o.map(x => x.textContent));
  await agent.click('#transfer-dialog button[value=transfer]');
  const transferred = await (await agent.waitForSelector('.toast >> text=已转接')).textContent();
  const told = await (await colleague.waitForSelector('.toast >> text=转给你')).textContent();
  await colleague.click('[data-filter=mine]');
  const mine = await colleague.$$eval('#conversations .row b', r => r.map(b => b.textContent));

  await agent.click('#tab-compliance');
  await agent.waitForSelector('#assessment[data-loaded=true]', { state: 'attached' });
  const compliance = {
    figures: await agent.$$eval('#assessment tbody tr', rows => rows.map(r => [...r.cells].map(c => c.textContent))),
    total: await agent.textContent('#violation-total'),
    violations: await agent.$$eval('#violations tbody tr', rows => rows.map(r => [...r.cells].map(c => c.textContent))),
  };
  await shot(agent, 'desk-compliance-zh-CN.png');
  await agent.goto('/desk?lang=en');
  await agent.waitForSelector('#conversations[data-loaded=true]', { state: 'attached' });
  await agent.click('#tab-compliance');
  await agent.waitForSelector('#assessment[data-loaded=true]', { state: 'attached' });
  await shot(agent, 'desk-compliance-en.png');

  return { live, waitingOnly, searched, searchedText, orders, afterOpen, inserted, received, candidates, transferred, told, mine, compliance,
    problems: [...agent.problems, ...colleague.problems, ...buyer.problems] };
});
