// Each page in a Chinese browser (zh-CN by default) and with ?lang=en: the document's language, its headings and
// controls, no untranslated catalogue key, the switch between the two; a buyer's insult refused and explained
// without rule codes; an image control in the widget. Screenshots of each page in both languages.
const { env, newPage, shot, run, signInBuyer, signInDesk, signInConsole, untranslated } = require('./browser.cjs');

run(async (browser, base) => {
  const insult = env('INSULT'), question = env('QUESTION');
  const result = {};
  for (const [lang, query] of [['zh-CN', ''], ['en', '?lang=en']]) {
    const tenant = `${env('TENANT')}${lang === 'en' ? 'e' : 'z'}`;
    const buyer = await newPage(browser, base, `widget ${lang}`, { width: 1100, height: 760 }, 'zh-CN');
    await signInBuyer(buyer, tenant, 'buyer1', query);
    await buyer.fill('#cg-text', question);
    await buyer.press('#cg-text', 'Enter');
    await buyer.waitForSelector('.bubble.mine');
    await buyer.fill('#cg-text', insult);
    await buyer.press('#cg-text', 'Enter');
    const verdict = await buyer.waitForSelector('.bubble.mine .verdict');
    const widget = {
      lang: await buyer.getAttribute('html', 'lang'),
      launcherHidden: await buyer.$eval('#chatguard-widget', h => h.shadowRoot.querySelector('.launcher').hidden),
      title: await buyer.textContent('.head h2'),
      placeholder: await buyer.getAttribute('#cg-text', 'placeholder'),
      send: await buyer.textContent('.send'),
      imageControl: await buyer.$eval('#chatguard-widget', h => {
        const input = h.shadowRoot.querySelector('input[type=file]#cg-image');
        return input ? { accept: input.accept, label: h.shadowRoot.querySelector('label[for=cg-image]').textContent } : null;
      }),
      verdictAction: await verdict.getAttribute('data-action'),
      verdictText: await verdict.textContent(),
      signIn: await buyer.textContent('#demo-signin button'),
      untranslated: await untranslated(buyer),
    };
    await shot(buyer, `widget-${lang}.png`);
    // After a reload the refused message is still explained, and no bubble is empty.
    await buyer.reload();
    await buyer.waitForSelector('#chatguard-widget[data-state=ready]', { state: 'attached' });
    await buyer.waitForSelector('.bubble.mine .verdict');
    widget.emptyBubbles = await buyer.$eval('#chatguard-widget', h => [...h.shadowRoot.querySelectorAll('.bubble')]
      .filter(b => !b.querySelector('.text')?.textContent && !b.querySelector('.thumb') && !b.querySelector('.verdict')).length);
    widget.verdictAfterReload = await buyer.textContent('.bubble.mine .verdict');

    const agent = await newPage(browser, base, `desk ${lang}`, { width: 1440, height: 900 }, 'zh-CN');
    await signInDesk(agent, tenant, 's1', 'agent1', query);
    await agent.click('#conversations .row');
    await agent.waitForSelector('#thread .bubble');
    await agent.waitForSelector('#order-context[data-loaded]', { state: 'attached' });
    const desk = {
      lang: await agent.getAttribute('html', 'lang'),
      title: await agent.title(),
      tabs: await agent.$$eval('[role=tab]', tabs => tabs.map(t => t.textContent)),
      heading: await agent.textContent('.pane-head h2'),
      send: await agent.textContent('#send'),
      filters: await agent.$$eval('[data-filter]', b => b.map(x => x.textContent)),
      switchTo: await agent.getAttribute('.topbar .lang-switch', 'lang'),
      // The buyer's refused insult never reached the shop: no (empty) bubble for it.
      bubbles: await agent.$$eval('#thread .bubble', bs => bs.map(b => b.querySelector('.text')?.textContent ?? '')),
      untranslated: await untranslated(agent),
    };
    await shot(agent, `desk-${lang}.png`);

    const moderator = await newPage(browser, base, `console ${lang}`, { width: 1440, height: 900 }, 'zh-CN');
    await signInConsole(moderator, tenant, 'mod1', query);
    await moderator.click('#queue .row');
    await moderator.waitForSelector('#detail .thread[data-loaded=true]');
    const console_ = {
      lang: await moderator.getAttribute('html', 'lang'),
      title: await moderator.title(),
      tabs: await moderator.$$eval('[role=tab]', tabs => tabs.map(t => t.textContent)),
      confirm: await moderator.textContent('#confirm'),
      rule: await moderator.textContent('#detail .rules li'),
      untranslated: await untranslated(moderator),
    };
    await shot(moderator, `console-${lang}.png`);
    await moderator.click('#tab-rules');
    await shot(moderator, `console-rules-${lang}.png`);
    result[lang] = { widget, desk, console: console_, problems: [...buyer.problems, ...agent.problems, ...moderator.problems] };
    for (const page of [buyer, agent, moderator]) await page.context().close();
  }

  // The switch: a Chinese browser's desk links to English, which it then remembers.
  const visitor = await newPage(browser, base, 'switch', { width: 1280, height: 800 }, 'zh-CN');
  await visitor.goto('/desk');
  await visitor.waitForSelector('#signin:not([hidden])');
  const before = await visitor.getAttribute('html', 'lang');
  await visitor.click('#signin .lang-switch');
  await visitor.waitForURL(/lang=en/);
  await visitor.waitForSelector('#signin:not([hidden])');
  const after = await visitor.getAttribute('html', 'lang');
  await visitor.goto('/console');
  await visitor.waitForSelector('#signin:not([hidden])');
  const remembered = await visitor.getAttribute('html', 'lang');
  result.switch = { before, after, remembered, heading: await visitor.textContent('#signin h1'), problems: visitor.problems };
  return result;
});
