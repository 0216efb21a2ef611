// S1 during a handoff: the buyers the bot greeted are still waiting for the shop. A desk opened now shows it at once
// (read from GET …/handoff, not only pushed) and does not say everyone is answered.
const { env, newPage, shot, run, signInDesk } = require('./browser.cjs');

run(async (browser, base) => {
  const tenant = env('TENANT');
  const result = {};
  for (const [lang, query] of [['zh-CN', ''], ['en', '?lang=en']]) {
    const agent = await newPage(browser, base, `desk ${lang}`, { width: 1440, height: 900 }, 'zh-CN');
    await signInDesk(agent, tenant, 's1', 'agent1', query);
    await agent.waitForSelector('#handoff[data-active=true]');
    result[lang] = {
      handoff: await agent.textContent('#handoff'),
      waitingCount: await agent.textContent('#waiting-count'),
      rows: await agent.$$eval('#conversations .row', rows => rows.length),
      waitingRows: await agent.$$eval('#conversations .row .waiting', rows => rows.length),
      previews: await agent.$$eval('#conversations .row .preview', rows => rows.map(r => r.textContent)),
      problems: agent.problems,
    };
    await shot(agent, `desk-handoff-${lang}.png`);
    await agent.context().close();
  }
  return result;
});
