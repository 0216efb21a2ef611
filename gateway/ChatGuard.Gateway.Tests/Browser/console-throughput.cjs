// The moderator's throughput: a flag opened is claimed (a second moderator sees who holds it and cannot decide it),
// keyboard shortcuts, the decision buttons in view at 1440×900 without scrolling, search by user, bulk decisions that
// skip a flag another moderator holds, chart ranges beyond 24 h, the merchant-violations and rules tabs.
const { env, newPage, shot, run, signInConsole } = require('./browser.cjs');

run(async (browser, base) => {
  const tenant = env('TENANT');
  const first = await newPage(browser, base, 'console mod1', { width: 1440, height: 900 }, 'zh-CN');
  await signInConsole(first, tenant, 'mod1');
  const rows = await first.$$eval('#queue .row', rs => rs.map(r => ({ id: r.dataset.flag, sla: r.dataset.sla, age: r.querySelector('.age').textContent })));
  await first.click('#queue .row >> nth=0');
  await first.waitForSelector('#detail[data-claim=mine]');
  const claimText = await first.textContent('#detail .claim');
  const box = await (await first.$('#confirm')).boundingBox();
  const viewport = first.viewportSize();
  const scrolled = await first.evaluate(() => document.querySelector('.main').scrollTop);
  await shot(first, 'console-throughput-zh-CN.png');

  const second = await newPage(browser, base, 'console mod2', { width: 1440, height: 900 }, 'zh-CN');
  await signInConsole(second, tenant, 'mod2', '?lang=en');
  const claimedChip = await second.textContent(`#queue .row[data-flag="${rows[0].id}"] .claimed`);
  await second.click(`#queue .row[data-flag="${rows[0].id}"]`);
  await second.waitForSelector('#detail[data-claim=other]');
  const blocked = { text: await second.textContent('#detail .claim'), disabled: await second.$eval('#confirm', b => b.disabled) };
  await shot(second, 'console-claims-en.png');

  // mod1: J to the next flag, N to write the note, C to confirm; J again claims the third one.
  await first.keyboard.press('j');
  await first.waitForSelector(`#queue .row[data-flag="${rows[1].id}"][aria-current=true]`);
  await first.waitForSelector('#detail[data-claim=mine]');
  await first.keyboard.press('n');
  const noteFocused = await first.evaluate(() => document.activeElement?.id);
  await first.keyboard.type('辱骂买家，确认违规');
  await first.evaluate(() => document.activeElement.blur());
  await first.keyboard.press('c');
  await first.waitForSelector('#detail .state[data-state=confirmed]');
  const confirmedNote = await first.textContent('#detail .decision');
  await first.keyboard.press('j');
  await first.waitForSelector(`#queue .row[data-flag="${rows[2].id}"][aria-current=true]`);
  await first.waitForSelector('#detail[data-claim=mine]');

  // mod2: search by user, then a bulk dismissal of what is pending: the flag mod1 holds is skipped.
  await second.reload();
  await second.waitForSelector('#queue[data-loaded=true]', { state: 'attached' });
  await second.fill('#search', env('SEARCH'));
  const searched = await second.$$eval('#queue .row', rs => rs.map(r => r.dataset.flag));
  await second.fill('#search', '');
  await second.check('#select-all');
  const selected = await second.textContent('#selected-count');
  await second.click('#bulk-dismiss');
  const bulk = await (await second.waitForSelector('.toast >> text=Decided')).textContent();

  await second.selectOption('#chart-range', '168');
  await second.waitForSelector('#chart svg[aria-label*="168"]');
  const chartBars = await second.$$eval('#chart rect[data-label]', r => r.length);
  await second.click('#tab-violations');
  await second.click('#violations-form button');
  const violations = await (await second.waitForSelector('#violations table')).textContent();
  await second.click('#tab-rules');
  const rules = await second.$$eval('#rule-catalogue li', ls => ls.map(l => l.textContent));
  await shot(second, 'console-rules-en-full.png');

  return { rows, claimText, box, viewport, scrolled, claimedChip, blocked, noteFocused, confirmedNote, searched, selected, bulk, chartBars,
    violations, rules, problems: [...first.problems, ...second.problems] };
});
