/*
 * ChatGuard storefront chat widget. A shop embeds it with one tag:
 *   <script src="https://GATEWAY/widget.js" data-shop="SHOP_ID" data-token-url="/your/chat-token" defer></script>
 * data-token-url is the shop site's own endpoint that answers {"token": "..."} for the signed-in buyer (cookies
 * of the shop site are sent); a page may instead call ChatGuardWidget.connect(token). data-lang ("zh-CN" or "en")
 * picks the language; without it the page's ?lang= or the browser's language does (Chinese for a Chinese browser).
 * The widget draws itself in a shadow root, loads the SignalR browser client and its wording (/i18n/{lang}.json) from
 * the gateway, and tells the buyer in plain words what happened to their messages and images (sent with parts
 * hidden, held for a check, not sent), the bot's answers, and a mute or ban (S10): never an internal rule code.
 */
(function () {
  'use strict';
  const script = document.currentScript;
  const gateway = new URL(script.src).origin;
  const shopId = script.dataset.shop;
  const tokenUrl = script.dataset.tokenUrl;
  const imageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

  const supported = tag => (!tag ? null : /^zh/i.test(tag) ? 'zh-CN' : /^en/i.test(tag) ? 'en' : null);
  const saved = () => { try { return localStorage.getItem('chatguard.lang'); } catch { return null; } }; // the gateway's own pages remember a choice
  const lang = supported(script.dataset.lang) || supported(new URLSearchParams(location.search).get('lang')) || supported(saved())
    || (navigator.languages || [navigator.language]).map(supported).find(Boolean) || 'en';
  let catalogue = {};
  const t = (key, params) => (catalogue[key] || key).replace(/\{(\w+)\}/g, (whole, name) => (params && name in params ? String(params[name]) : whole));

  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  };
  const time = iso => new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  const when = iso => new Date(iso).toLocaleString(lang, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const clientId = () => 'widget-' + Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
  const hubError = e => { const s = String(e && e.message || e); const i = s.indexOf('HubException: '); return i >= 0 ? s.slice(i + 14) : s; };

  // The buyer is told why in plain words: the label's reason from the catalogue, never the rule id behind it.
  const sentences = list => list.filter(Boolean).join(lang === 'en' ? ' ' : ''); // Chinese puts no space between sentences
  const plainReason = labels => sentences((labels || []).map(l => t('reason.' + l)).filter(r => !r.startsWith('reason.'))) || t('widget.reason.generic');

  const host = el('div', { id: 'chatguard-widget' });
  const root = host.attachShadow({ mode: 'open' });
  const state = { me: null, conversationId: null, connection: null, token: null, mutedUntil: undefined };
  const shown = new Map(); // messageId → bubble
  let ui = null;

  function build() {
    const title = script.dataset.title || t('widget.title');
    const launcher = el('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false' }, title);
    const status = el('small', { role: 'status', 'aria-live': 'polite' }, t('status.reconnecting'));
    const notice = el('div', { class: 'notice', role: 'alert', hidden: true });
    const thread = el('div', { class: 'thread', 'aria-live': 'polite', 'aria-label': t('widget.messages') },
      el('p', { class: 'empty' }, t('widget.empty')));
    const input = el('textarea', { id: 'cg-text', placeholder: t('widget.placeholder'), maxlength: '2000', disabled: true });
    const picker = el('input', { id: 'cg-image', type: 'file', accept: imageTypes.join(','), class: 'visually-hidden', disabled: true });
    const attach = el('label', { class: 'attach', for: 'cg-image', title: t('widget.sendImage') }, pictureIcon(), el('span', { class: 'visually-hidden' }, t('widget.sendImage')));
    const send = el('button', { class: 'send', type: 'submit', disabled: true }, t('action.send'));
    const composer = el('form', { class: 'composer', 'aria-label': t('widget.write') },
      el('label', { for: 'cg-text', class: 'visually-hidden' }, t('widget.message')), attach, picker, input, send);
    const panel = el('section', { class: 'panel', role: 'dialog', 'aria-label': title, hidden: true },
      el('div', { class: 'head' }, el('h2', {}, title, status), el('button', { class: 'close', type: 'button', 'aria-label': t('widget.close'), onclick: () => toggle(false) }, '×')),
      notice, thread, el('div', {}, composer, el('div', { class: 'hint' }, t('widget.hint'))));
    root.append(el('link', { rel: 'stylesheet', href: gateway + '/css/widget.css' }), launcher, panel);
    launcher.addEventListener('click', () => toggle(true));
    composer.addEventListener('submit', e => { e.preventDefault(); submit(); });
    input.addEventListener('keydown', e => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); } });
    const images = list => Array.from(list || []).filter(f => imageTypes.includes(f.type));
    picker.addEventListener('change', () => { const files = images(picker.files); picker.value = ''; sendImages(files); });
    input.addEventListener('paste', e => { const files = images(e.clipboardData && e.clipboardData.files); if (files.length) { e.preventDefault(); sendImages(files); } });
    panel.addEventListener('dragover', e => { if (Array.from(e.dataTransfer.types).includes('Files')) { e.preventDefault(); panel.classList.add('dropping'); } });
    panel.addEventListener('dragleave', () => panel.classList.remove('dropping'));
    panel.addEventListener('drop', e => { panel.classList.remove('dropping'); const files = images(e.dataTransfer.files); if (files.length) { e.preventDefault(); sendImages(files); } });
    return { launcher, status, notice, thread, input, picker, send, panel };
  }

  /** A picture outline (inline SVG: no icon font or emoji the shop's page may lack). */
  function pictureIcon() {
    const ns = 'http://www.w3.org/2000/svg';
    const icon = document.createElementNS(ns, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', '20');
    icon.setAttribute('height', '20');
    icon.setAttribute('aria-hidden', 'true');
    for (const [tag, attrs] of [['rect', { x: 3, y: 4, width: 18, height: 16, rx: 2 }], ['circle', { cx: 9, cy: 10, r: 2 }], ['path', { d: 'M3 17l5-5 4 4 3-3 6 6' }]]) {
      const part = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) part.setAttribute(k, String(v));
      icon.append(part);
    }
    return icon;
  }

  function toggle(open) {
    ui.panel.hidden = !open; ui.launcher.hidden = open; ui.launcher.setAttribute('aria-expanded', String(open));
    if (open) ui.input.focus();
  }

  function enable(on) {
    ui.input.disabled = ui.send.disabled = ui.picker.disabled = !on;
  }

  function verdictText(action, labels) {
    const why = plainReason(labels);
    return { block: t('widget.verdict.block', { why }), mask: t('widget.verdict.mask', { why }), review: t('widget.verdict.review') }[action] || null;
  }

  function thumbnail(attachmentId, messageState) {
    const box = el('span', { class: 'thumb', 'data-state': messageState || 'loading' });
    if (messageState === 'blocked' || messageState === 'held') {
      box.append(el('span', { class: 'thumb-note' }, t(messageState === 'blocked' ? 'image.refused' : 'image.held')));
      return box;
    }
    fetch(`${gateway}/api/v1/conversations/${encodeURIComponent(state.conversationId)}/attachments/${encodeURIComponent(attachmentId)}`,
      { headers: { Authorization: `Bearer ${state.token}` } })
      .then(r => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then(blob => new Promise((resolve, reject) => { const f = new FileReader(); f.onload = () => resolve(f.result); f.onerror = reject; f.readAsDataURL(blob); }))
      .then(url => { box.dataset.state = 'shown'; box.append(el('img', { src: url, alt: t('image.alt') })); })
      .catch(() => { box.dataset.state = 'unavailable'; box.append(el('span', { class: 'thumb-note' }, t('image.unavailable'))); });
    return box;
  }

  function show(m, verdict) {
    ui.thread.querySelector('.empty')?.remove();
    let node = shown.get(m.messageId);
    const mine = state.me && m.senderRole === 'buyer' && m.senderId === state.me.userId;
    if (!node) {
      const who = mine ? t('widget.you') : m.senderRole === 'bot' ? t('widget.bot') : t('widget.shop');
      const images = m.attachmentIds || [];
      node = el('div', { class: 'bubble' + (mine ? ' mine' : '') + (m.senderRole === 'bot' ? ' bot' : ''), 'data-message': m.messageId },
        el('span', { class: 'by' }, `${who} · ${time(m.sentAt)}`), m.text ? el('span', { class: 'text' }, m.text) : null,
        images.length ? el('span', { class: 'thumbs' }, images.map(id => thumbnail(id, m.state))) : null);
      shown.set(m.messageId, node);
      ui.thread.append(node);
    }
    if (verdict && verdict.action && verdict.action !== 'allow' && !node.querySelector('.verdict')) {
      if (verdict.action !== 'mask') node.classList.add('stopped');
      // The buyer sees what the shop received: the masked text replaces theirs.
      if (verdict.action === 'mask' && verdict.deliveredText) node.querySelector('.text').textContent = verdict.deliveredText;
      node.append(el('span', { class: 'verdict', 'data-action': verdict.action, role: 'note' }, verdictText(verdict.action, verdict.labels)));
    }
    ui.thread.scrollTop = ui.thread.scrollHeight;
  }

  function note(text, kind) {
    ui.notice.className = 'notice' + (kind === 'info' ? ' info' : '');
    ui.notice.textContent = text;
    ui.notice.hidden = false;
  }

  function mute(kind, untilIso, label) {
    state.mutedUntil = untilIso || null;
    const why = label ? plainReason([label]) : '';
    note(sentences([kind === 'ban' ? t('widget.banned') : untilIso ? t('widget.muted', { until: when(untilIso) }) : t('widget.mutedForever'),
      why, t(kind === 'ban' ? 'widget.bannedWhat' : 'widget.mutedWhat')]));
    enable(false);
  }

  function unmute() {
    state.mutedUntil = undefined;
    note(t('widget.unmuted'), 'info');
    enable(true);
  }

  /** A refused send in plain words; the server's own text (rule ids, sanction ids) is for logs, not for buyers. */
  function refusal(why) {
    const until = why.match(/muted until (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC/);
    if (/banned/i.test(why)) return mute('ban');
    if (until) return mute('mute', `${until[1]}T${until[2]}Z`);
    if (/muted permanently/i.test(why)) return mute('mute');
    const key = /blocked you/i.test(why) ? 'widget.refused.shopBlocked' : /rate limit/i.test(why) ? 'widget.refused.tooFast'
      : /too long/i.test(why) ? 'widget.refused.tooLong' : /attachment .* is blocked/i.test(why) ? 'widget.refused.image'
        : /no longer be answered|not a participant|does not exist/i.test(why) ? 'widget.refused.closed' : 'widget.refused.generic';
    note(t(key));
  }

  async function deliver(text, attachmentIds) {
    const r = await state.connection.invoke('SendMessage', { conversationId: state.conversationId, clientMessageId: clientId(), text, attachmentIds });
    const messageState = r.action === 'block' ? 'blocked' : r.action === 'review' ? 'held' : 'delivered';
    show({ messageId: r.messageId, senderRole: 'buyer', senderId: state.me.userId, text, attachmentIds, state: messageState, sentAt: new Date().toISOString() }, r);
  }

  async function submit() {
    const text = ui.input.value.trim();
    if (!text || !state.connection) return;
    ui.send.disabled = true;
    try {
      await deliver(text, []);
      ui.input.value = '';
    } catch (e) {
      refusal(hubError(e));
    } finally {
      if (state.mutedUntil === undefined) ui.send.disabled = false;
    }
  }

  /** Each image is uploaded (and scanned) first; one the scan refuses is shown as refused and never sent. */
  async function sendImages(files) {
    for (const file of files) {
      if (!state.connection) return;
      try {
        const response = await fetch(`${gateway}/api/v1/conversations/${encodeURIComponent(state.conversationId)}/attachments`,
          { method: 'POST', headers: { Authorization: `Bearer ${state.token}`, 'Content-Type': file.type }, body: file });
        if (!response.ok) { note(t(response.status === 413 ? 'image.tooLarge' : 'image.failed')); continue; }
        const upload = await response.json();
        if (upload.action === 'block') {
          // Shown where it was put, saying it was not sent (the image's own note says why); it never reaches the shop.
          show({ messageId: 'local-' + upload.attachmentId, senderRole: 'buyer', senderId: state.me.userId, text: '', attachmentIds: [upload.attachmentId], state: 'blocked', sentAt: new Date().toISOString() });
          shown.get('local-' + upload.attachmentId).classList.add('stopped');
          continue;
        }
        await deliver('', [upload.attachmentId]);
      } catch (e) {
        refusal(hubError(e));
      }
    }
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve; s.onerror = () => reject(new Error(t('widget.loadFailed')));
      document.head.append(s);
    });
  }

  async function connect(token) {
    if (!shopId) throw new Error('data-shop is missing on the widget script tag');
    await ready;
    if (!window.signalR) await loadScript(gateway + '/lib/signalr.min.js');
    state.token = token;
    const connection = state.connection = new signalR.HubConnectionBuilder()
      .withUrl(gateway + '/hubs/chat', { accessTokenFactory: () => token })
      .withAutomaticReconnect()
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    connection.on('message', m => { if (m.conversationId === state.conversationId) show(m); });
    connection.on('sanction', s => (s.lifted ? unmute() : mute(s.kind, s.until, s.label)));
    connection.onreconnecting(() => { ui.status.textContent = t('status.reconnecting'); });
    connection.onreconnected(() => { ui.status.textContent = t('widget.online'); });
    connection.onclose(() => { ui.status.textContent = t('status.disconnected'); });
    await connection.start();
    state.me = await connection.invoke('WhoAmI');
    state.conversationId = (await connection.invoke('StartConversation', shopId)).conversationId;
    const history = await fetch(`${gateway}/api/v1/conversations/${encodeURIComponent(state.conversationId)}/messages`,
      { headers: { Authorization: `Bearer ${token}` } }).then(r => (r.ok ? r.json() : []));
    for (const m of history) {
      const mine = m.senderId === state.me.userId && m.senderRole === 'buyer';
      // The shop's messages that moderation stopped never reached the buyer: nothing to show, not an empty bubble.
      if (!mine && m.state !== 'delivered') continue;
      show(m, mine ? { action: m.action, labels: m.labels, deliveredText: m.verdict && m.verdict.masked } : null);
    }
    ui.status.textContent = t('widget.online');
    enable(true);
    host.dataset.state = 'ready';
  }

  // The catalogue first (the widget's every word is in it), then the UI.
  const ready = fetch(`${gateway}/i18n/${lang}.json`).then(r => (r.ok ? r.json() : {})).catch(() => ({}))
    .then(loaded => {
      catalogue = loaded;
      host.lang = lang;
      ui = build();
      return document.body ? null : new Promise(r => document.addEventListener('DOMContentLoaded', r));
    })
    .then(() => document.body.append(host));

  window.ChatGuardWidget = {
    connect: token => connect(token).catch(e => {
      if (ui) { ui.status.textContent = t('status.disconnected'); note(e.message, 'info'); }
      throw e;
    }),
    open: () => ready.then(() => toggle(true)),
    language: lang,
  };
  if (tokenUrl) {
    fetch(tokenUrl, { credentials: 'include' }).then(r => (r.ok ? r.json() : Promise.reject(new Error(t('widget.signIn')))))
      .then(body => window.ChatGuardWidget.connect(body.token)).catch(e => { ready.then(() => { ui.status.textContent = e.message; }); });
  }
})();
