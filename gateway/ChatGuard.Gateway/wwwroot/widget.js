/*
 * ChatGuard storefront chat widget. A shop embeds it with one tag:
 *   <script src="https://GATEWAY/widget.js" data-shop="SHOP_ID" data-token-url="/your/chat-token" defer></script>
 * data-token-url is the shop site's own endpoint that answers {"token": "..."} for the signed-in buyer (cookies
 * of the shop site are sent); a page may instead call ChatGuardWidget.connect(token). The widget draws itself in
 * a shadow root, loads the SignalR browser client from the gateway, and shows the buyer what moderation did to
 * their messages (blocked, masked, held), the bot's answers, and a mute or ban (S10) when it happens.
 */
(function () {
  'use strict';
  const script = document.currentScript;
  const gateway = new URL(script.src).origin;
  const shopId = script.dataset.shop;
  const tokenUrl = script.dataset.tokenUrl;
  const title = script.dataset.title || 'Chat with the shop';

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
  const time = iso => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const until = iso => iso ? `until ${new Date(iso).toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })}` : 'permanently';
  const clientId = () => 'widget-' + Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
  const hubError = e => { const t = String(e && e.message || e); const i = t.indexOf('HubException: '); return i >= 0 ? t.slice(i + 14) : t; };

  // UI
  const host = el('div', { id: 'chatguard-widget' });
  const root = host.attachShadow({ mode: 'open' });
  const launcher = el('button', { class: 'launcher', type: 'button', 'aria-expanded': 'false' }, title);
  const status = el('small', { role: 'status', 'aria-live': 'polite' }, 'Connecting…');
  const notice = el('div', { class: 'notice', role: 'alert', hidden: true });
  const thread = el('div', { class: 'thread', 'aria-live': 'polite', 'aria-label': 'Messages' },
    el('p', { class: 'empty' }, 'Ask the shop anything about your order. Messages are checked by the platform before delivery.'));
  const input = el('textarea', { id: 'cg-text', placeholder: 'Type a message…', maxlength: '2000', disabled: true });
  const send = el('button', { class: 'send', type: 'submit', disabled: true }, 'Send');
  const composer = el('form', { class: 'composer', 'aria-label': 'Write to the shop' }, el('label', { for: 'cg-text', class: 'visually-hidden' }, 'Message'), input, send);
  const panel = el('section', { class: 'panel', role: 'dialog', 'aria-label': title, hidden: true },
    el('div', { class: 'head' }, el('h2', {}, title, status), el('button', { class: 'close', type: 'button', 'aria-label': 'Close chat', onclick: () => toggle(false) }, '×')),
    notice, thread, el('div', {}, composer, el('div', { class: 'hint' }, 'Sharing contact details or paying outside the platform is not allowed.')));
  root.append(el('link', { rel: 'stylesheet', href: gateway + '/css/widget.css' }), launcher, panel);
  launcher.addEventListener('click', () => toggle(true));
  function toggle(open) {
    panel.hidden = !open; launcher.hidden = open; launcher.setAttribute('aria-expanded', String(open));
    if (open) input.focus();
  }
  (document.body ? Promise.resolve() : new Promise(r => document.addEventListener('DOMContentLoaded', r))).then(() => document.body.append(host));

  const shown = new Map(); // messageId → bubble
  let me = null, conversationId = null, connection = null, mutedUntil = undefined;

  function verdictText(action, reason) {
    return {
      block: `Not sent: ${reason || 'this message breaks the platform rules'}.`,
      mask: `Sent with parts hidden: ${reason || 'some details are not allowed'}.`,
      review: 'Held for a check by the platform; the shop sees it once it is approved.',
    }[action] || null;
  }
  function show(m, verdict) {
    thread.querySelector('.empty')?.remove();
    let node = shown.get(m.messageId);
    const mine = me && m.senderRole === 'buyer' && m.senderId === me.userId;
    if (!node) {
      const who = mine ? 'You' : m.senderRole === 'bot' ? 'Shop assistant (automatic reply)' : 'Shop';
      node = el('div', { class: 'bubble' + (mine ? ' mine' : '') + (m.senderRole === 'bot' ? ' bot' : ''), 'data-message': m.messageId },
        el('span', { class: 'by' }, `${who} · ${time(m.sentAt)}`), el('span', { class: 'text' }, m.text || ''));
      shown.set(m.messageId, node);
      thread.append(node);
    }
    if (verdict && verdict.action && verdict.action !== 'allow' && !node.querySelector('.verdict')) {
      if (verdict.action !== 'mask') node.classList.add('stopped');
      // The buyer sees what the shop received: the masked text replaces theirs.
      if (verdict.action === 'mask' && verdict.deliveredText) node.querySelector('.text').textContent = verdict.deliveredText;
      node.append(el('span', { class: 'verdict', 'data-action': verdict.action, role: 'note' }, verdictText(verdict.action, verdict.reason)));
    }
    thread.scrollTop = thread.scrollHeight;
  }
  function mute(kind, untilIso, reason) {
    mutedUntil = untilIso || null;
    notice.className = 'notice';
    notice.textContent = kind === 'ban'
      ? `Your account is banned from chatting: ${reason || 'a violation of the platform rules'}.`
      : `You are muted ${until(untilIso)}: ${reason || 'a violation of the platform rules'}. You can still read the shop's replies.`;
    notice.hidden = false;
    input.disabled = send.disabled = true;
  }

  function unmute() {
    mutedUntil = undefined;
    notice.className = 'notice info';
    notice.textContent = 'You can chat again.';
    input.disabled = send.disabled = false;
  }

  async function submit() {
    const text = input.value.trim();
    if (!text || !connection) return;
    send.disabled = true;
    try {
      const r = await connection.invoke('SendMessage', { conversationId, clientMessageId: clientId(), text });
      input.value = '';
      show({ messageId: r.messageId, senderRole: 'buyer', senderId: me.userId, text, sentAt: new Date().toISOString() }, r);
    } catch (e) {
      const why = hubError(e);
      if (/muted|banned/i.test(why)) mute(/banned/i.test(why) ? 'ban' : 'mute', undefined, why);
      else { notice.className = 'notice info'; notice.textContent = why; notice.hidden = false; }
    } finally {
      if (mutedUntil === undefined) send.disabled = false;
    }
  }
  composer.addEventListener('submit', e => { e.preventDefault(); submit(); });
  input.addEventListener('keydown', e => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); submit(); } });

  function loadSignalR() {
    if (window.signalR) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = gateway + '/lib/signalr.min.js';
      s.onload = resolve; s.onerror = () => reject(new Error('could not load the chat client'));
      document.head.append(s);
    });
  }

  async function connect(token) {
    if (!shopId) throw new Error('data-shop is missing on the widget script tag');
    await loadSignalR();
    connection = new signalR.HubConnectionBuilder()
      .withUrl(gateway + '/hubs/chat', { accessTokenFactory: () => token })
      .withAutomaticReconnect()
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    connection.on('message', m => { if (m.conversationId === conversationId) show(m); });
    connection.on('sanction', s => (s.lifted ? unmute() : mute(s.kind, s.until, s.reason)));
    connection.onreconnecting(() => { status.textContent = 'Reconnecting…'; });
    connection.onreconnected(() => { status.textContent = 'Online'; });
    connection.onclose(() => { status.textContent = 'Offline'; });
    await connection.start();
    me = await connection.invoke('WhoAmI');
    conversationId = (await connection.invoke('StartConversation', shopId)).conversationId;
    const history = await fetch(`${gateway}/api/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
      { headers: { Authorization: `Bearer ${token}` } }).then(r => r.ok ? r.json() : []);
    for (const m of history) show(m, m.senderId === me.userId ? { action: m.action, reason: (m.labels || []).map(l => l.replace(/_/g, ' ')).join(', '), deliveredText: m.verdict && m.verdict.masked } : null);
    status.textContent = 'Online';
    input.disabled = send.disabled = false;
    host.dataset.state = 'ready';
  }

  window.ChatGuardWidget = {
    connect: token => connect(token).catch(e => { status.textContent = 'Offline'; notice.className = 'notice info'; notice.textContent = e.message; notice.hidden = false; throw e; }),
    open: () => toggle(true),
  };
  if (tokenUrl) {
    fetch(tokenUrl, { credentials: 'include' }).then(r => r.ok ? r.json() : Promise.reject(new Error('sign in to chat with the shop')))
      .then(body => window.ChatGuardWidget.connect(body.token)).catch(e => { status.textContent = e.message; });
  }
})();
