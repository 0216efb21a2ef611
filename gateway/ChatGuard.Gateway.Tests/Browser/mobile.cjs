// A phone (390 × 844): the widget open takes the whole screen; the desk shows the list, then the open chat with a
// way back; the console's queue, detail and chart fit the width. Nothing scrolls sideways.
const { env, newPage, shot, run, signInBuyer, signInDesk, signInConsole, overflows } = require('./browser.cjs');

run(async (browser, base) => {
  const tenant = env('TENANT');
  const phone = { width: 390, height: 844 };
  const result = {};
  for (const [lang, query] of [['zh-CN', ''], ['en', '?lang=en']]) {
    const buyer = await newPage(browser, base, `widget ${lang}`, phone, 'zh-CN');
    await signInBuyer(buyer, `${tenant}${lang === 'en' ? 'e' : 'z'}`, 'buyer1', query);
    await buyer.fill('#cg-text', '你好，请问有优惠吗？');
    await buyer.press('#cg-text', 'Enter');
    await buyer.waitForSelector('.bubble.mine');
    const panel = await (await buyer.$('.panel')).boundingBox();
    await shot(buyer, `widget-phone-${lang}.png`);

    const agent = await newPage(browser, base, `desk ${lang}`, phone, 'zh-CN');
    await signInDesk(agent, `${tenant}${lang === 'en' ? 'e' : 'z'}`, 's1', 'agent1', query);
    const listVisible = await agent.isVisible('#conversations .row');
    const chatVisibleBefore = await agent.isVisible('#chat');
    await agent.click('#conversations .row');
    await agent.waitForSelector('#thread .bubble');
    const desk = { listVisible, chatVisibleBefore, chatVisible: await agent.isVisible('#chat'), listHidden: !(await agent.isVisible('#conversations')),
      replyVisible: await agent.isVisible('#reply'), overflows: await overflows(agent) };
    await shot(agent, `desk-phone-${lang}.png`);
    await agent.click('#back');
    desk.backToList = await agent.isVisible('#conversations .row');

    const moderator = await newPage(browser, base, `console ${lang}`, phone, 'zh-CN');
    await signInConsole(moderator, `${tenant}${lang === 'en' ? 'e' : 'z'}`, 'mod1', query);
    const console_ = { overflows: await overflows(moderator), tabsVisible: await moderator.isVisible('#tab-rules') };
    await moderator.click('#tab-rules');
    console_.rulesOverflow = await overflows(moderator);
    await shot(moderator, `console-phone-${lang}.png`);
    result[lang] = { panel, viewport: phone, widgetOverflows: await overflows(buyer), desk, console: console_,
      problems: [...buyer.problems, ...agent.problems, ...moderator.problems] };
    for (const page of [buyer, agent, moderator]) await page.context().close();
  }
  return result;
});
