// Images both ways: the buyer picks one in the widget (thumbnail), drops a QR code on the chat (refused, said so in
// plain words, never sent), the agent pastes one into the reply box; each side sees the other's image.
const fs = require('node:fs');
const { env, newPage, shot, assert, run, signInBuyer, signInDesk } = require('./browser.cjs');

/** Dispatches a paste or drop of an image file on an element (Chromium builds the DataTransfer in the page). */
async function hand(page, selector, kind, file) {
  const bytes = fs.readFileSync(file).toString('base64');
  await page.locator(selector).evaluate((target, { bytes, kind }) => {
    const data = Uint8Array.from(atob(bytes), c => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'photo.png', { type: 'image/png' }));
    const event = kind === 'paste'
      ? new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
      : new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
  }, { bytes, kind });
}

run(async (browser, base) => {
  const tenant = env('TENANT'), photo = env('PHOTO'), qr = env('QR');
  const buyer = await newPage(browser, base, 'widget', { width: 1100, height: 760 }, 'zh-CN');
  await signInBuyer(buyer, tenant, 'buyer1');
  await buyer.fill('#cg-text', '这个颜色是这样的吗？');
  await buyer.press('#cg-text', 'Enter');
  await buyer.setInputFiles('#cg-image', photo);
  // The thumbnail, or what stands in its place (a notice, a refusal) to say why there is none.
  await buyer.waitForSelector('.bubble.mine .thumb:not([data-state=loading]), .notice:not([hidden])');
  assert(await buyer.isVisible('.bubble.mine .thumb[data-state=shown] img'),
    `no thumbnail: ${await buyer.$eval('#chatguard-widget', h => h.shadowRoot.querySelector('.thread').textContent + ' | ' + h.shadowRoot.querySelector('.notice').textContent)}`);
  await hand(buyer, '.panel', 'drop', qr);
  const refused = await buyer.waitForSelector('.bubble.mine .thumb[data-state=blocked]');
  const refusal = { note: await refused.textContent(), stopped: await refused.evaluate(t => t.closest('.bubble').classList.contains('stopped')) };

  const agent = await newPage(browser, base, 'desk', { width: 1440, height: 900 }, 'zh-CN');
  await signInDesk(agent, tenant, 's1', 'agent1');
  await agent.click('#conversations .row');
  await agent.waitForSelector('#thread .thumb[data-state=shown] img');
  const deskThumbs = await agent.$$eval('#thread .thumb', ts => ts.map(t => t.dataset.state));
  const preview = await agent.textContent('#conversations .row .preview');
  await hand(agent, '#reply', 'paste', photo);
  await agent.waitForSelector('#thread .bubble.mine .thumb[data-state=shown] img');
  await buyer.waitForSelector('.bubble:not(.mine) .thumb[data-state=shown] img');
  const buyerSees = await buyer.$$eval('#chatguard-widget', hs => hs[0].shadowRoot.querySelectorAll('.bubble:not(.mine) .thumb img').length);
  await shot(buyer, 'widget-images.png');
  await shot(agent, 'desk-images.png');

  // After a reload the widget shows the sent image again, and no empty bubble (the refused one was never sent).
  await buyer.reload();
  await buyer.waitForSelector('#chatguard-widget[data-state=ready]', { state: 'attached' });
  await buyer.waitForSelector('.bubble.mine .thumb[data-state=shown] img');
  const afterReload = await buyer.$eval('#chatguard-widget', h => [...h.shadowRoot.querySelectorAll('.bubble')].map(b => ({
    text: b.querySelector('.text')?.textContent ?? '', thumbs: b.querySelectorAll('.thumb').length })));
  return { refusal, deskThumbs, preview, buyerSees, afterReload, problems: [...buyer.problems, ...agent.problems] };
});
