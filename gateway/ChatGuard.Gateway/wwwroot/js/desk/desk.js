import { el, clear, toast } from '../elements.js';
import { api } from '../api.js';
import { clockTime, duration } from '../clock.js';
import { connectHub, hubError } from '../hub.js';
import { newClientMessageId } from '../message-id.js';
import { signInForm, signOut, takeToken } from '../session.js';
import { labelNames } from '../rules.js';

const $ = id => document.getElementById(id);
const page = 'desk';

const token = takeToken(page);
if (token) start(token);
else {
  $('signin').hidden = false;
  signInForm($('signin-form'), page, 'agent', () => location.reload());
}

/** What the agent is told about their own message when moderation stopped or changed it. */
function verdictNote(action, labels, reason, deliveredText) {
  if (!action || action === 'allow') return null;
  const why = reason || (labels ?? []).map(l => labelNames[l] ?? l).join(', ');
  const text = {
    block: `Not delivered: ${why}`,
    mask: `Delivered with parts hidden (${why}): “${deliveredText ?? ''}”`,
    review: `Held for a moderator (${why}); the buyer sees it only if it is approved.`,
  }[action] ?? `${action}: ${why}`;
  return el('span', { class: 'verdict', dataset: { action }, role: 'note' }, text);
}

async function start(token) {
  $('app').hidden = false;
  $('signout').addEventListener('click', () => signOut(page));
  const http = api(token);
  const hub = connectHub('/hubs/chat', token, $('status'));
  let me = null;
  let conversations = [];
  let loadedAt = Date.now();
  let current = null;
  const bubbles = new Map(); // messageId → bubble in the open thread

  function renderList() {
    const now = Date.now();
    const waiting = conversations.filter(c => c.unanswered).length;
    $('waiting-count').textContent = waiting ? `${waiting} waiting` : 'all answered';
    $('conversations-empty').hidden = conversations.length > 0;
    clear($('conversations'), conversations.map(c => el('li', {
      class: 'row', tabindex: 0, dataset: { conversation: c.conversationId },
      'aria-current': current?.conversationId === c.conversationId ? 'true' : 'false',
      onclick: () => open(c),
      onkeydown: e => { if (e.key === 'Enter') open(c); },
    },
    el('div', { class: 'row-top' }, c.unanswered ? el('span', { class: 'unread', 'aria-hidden': 'true' }) : null,
      el('b', {}, c.buyerId),
      c.unanswered
        ? el('span', { class: 'waiting meta', title: 'Waiting for an answer since the buyer’s first unanswered message', dataset: { seconds: c.waitingSeconds } },
          `waiting ${duration(c.waitingSeconds + (now - loadedAt) / 1000)}`)
        : el('span', { class: 'meta' }, c.lastMessage ? clockTime(c.lastMessage.sentAt) : 'new')),
    el('div', { class: 'preview' }, c.lastMessage ? `${c.lastMessage.senderRole === 'buyer' ? '' : `${c.lastMessage.senderRole}: `}${c.lastMessage.text ?? ''}` : 'No messages yet'))));
  }

  let listTimer;
  async function loadList() {
    try {
      conversations = await http.get(`/api/v1/shops/${encodeURIComponent(me.shopId)}/conversations`);
      loadedAt = Date.now();
      renderList();
    } catch (e) { toast(`Could not load conversations: ${e.message}`); }
  }
  const reloadList = () => { clearTimeout(listTimer); listTimer = setTimeout(loadList, 250); };

  function bubble(m) {
    const mine = m.senderRole !== 'buyer';
    const pick = m.senderRole === 'buyer'
      ? el('input', { type: 'checkbox', class: 'pick', value: m.messageId, 'aria-label': 'Select this message for a report' }) : null;
    const node = el('div', { class: `bubble${mine ? ' mine' : ''}${m.senderRole === 'bot' ? ' bot' : ''}`, dataset: { message: m.messageId } },
      el('span', { class: 'by' }, pick, m.senderRole === 'bot' ? 'Shop assistant (bot)' : `${m.senderRole} ${m.senderId}`, ` · ${clockTime(m.sentAt)}`),
      el('span', { class: 'text' }, m.text ?? ''));
    return node;
  }

  function show(m, verdict) {
    let node = bubbles.get(m.messageId);
    if (!node) {
      node = bubble(m);
      bubbles.set(m.messageId, node);
      $('thread').append(node);
    }
    if (verdict && !node.querySelector('.verdict')) {
      const note = verdictNote(verdict.action, verdict.labels, verdict.reason, verdict.deliveredText);
      if (note) node.append(note);
      if (verdict.action === 'block' || verdict.action === 'review') node.classList.add('stopped');
    }
    $('thread-wrap').scrollTop = $('thread-wrap').scrollHeight;
  }

  async function open(c) {
    current = c;
    bubbles.clear();
    clear($('thread'));
    $('chat-title').textContent = `Buyer ${c.buyerId}`;
    $('chat-meta').textContent = c.conversationId;
    for (const id of ['reply', 'send', 'report', 'block']) $(id).disabled = false;
    renderList();
    try {
      const history = await http.get(`/api/v1/conversations/${encodeURIComponent(c.conversationId)}/messages`);
      if (current !== c) return;
      for (const m of history) {
        const own = m.senderId === me.userId && m.senderRole === me.role;
        show(m, own ? { action: m.action, labels: m.labels, deliveredText: m.verdict?.masked } : null);
      }
    } catch (e) { toast(e.message); }
    $('reply').focus();
  }

  async function send() {
    const text = $('reply').value.trim();
    if (!text || !current) return;
    $('send').disabled = true;
    try {
      const result = await hub.connection.invoke('SendMessage', { conversationId: current.conversationId, clientMessageId: newClientMessageId(), text });
      $('reply').value = '';
      show({ messageId: result.messageId, senderRole: me.role, senderId: me.userId, text, sentAt: new Date().toISOString() }, result);
      reloadList();
    } catch (e) {
      toast(hubError(e));
    } finally {
      $('send').disabled = false;
      $('reply').focus();
    }
  }
  $('composer').addEventListener('submit', e => { e.preventDefault(); send(); });
  $('reply').addEventListener('keydown', e => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });

  $('report').addEventListener('click', () => {
    const picked = [...$('thread').querySelectorAll('.pick:checked')].map(p => p.value);
    if (!picked.length) return toast('Tick the buyer messages to report first.');
    const dialog = $('report-dialog');
    $('report-what').textContent = `${picked.length} message(s) from ${current.buyerId}, with the conversation as evidence.`;
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'send') return;
      const form = new FormData(dialog.querySelector('form'));
      try {
        await hub.connection.invoke('ReportMessages', { conversationId: current.conversationId, messageIds: picked, reason: form.get('reason'), note: form.get('note') });
        toast('Report sent to the moderators');
      } catch (e) { toast(hubError(e)); }
    };
    dialog.showModal();
  });
  $('block').addEventListener('click', () => {
    const dialog = $('block-dialog');
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'block') return;
      const form = new FormData(dialog.querySelector('form'));
      try {
        await hub.connection.invoke('BlockBuyer', { conversationId: current.conversationId, reason: form.get('reason'), note: form.get('note') });
        toast(`Buyer ${current.buyerId} blocked`);
      } catch (e) { toast(hubError(e)); }
    };
    dialog.showModal();
  });

  hub.connection.on('message', m => {
    if (current && m.conversationId === current.conversationId) show(m);
    reloadList();
  });
  hub.connection.on('botHandoff', h => {
    if (me && h.shopId !== me.shopId) return;
    $('handoff').dataset.active = String(h.active);
    $('handoff').textContent = h.active ? 'Bot is receiving buyers (S1) — answer to take over' : 'Agents receiving';
  });
  hub.connection.onreconnected(loadList);

  try {
    await hub.start();
    me = await hub.connection.invoke('WhoAmI');
    $('who').textContent = `${me.userId} · shop ${me.shopId} · ${me.tenant}`;
    await loadList();
  } catch (e) { toast(`Not connected: ${hubError(e)}`); }
  // The waiting times tick without rebuilding the list (focus and hover stay where they are).
  setInterval(() => {
    for (const node of $('conversations').querySelectorAll('.waiting'))
      node.textContent = `waiting ${duration(Number(node.dataset.seconds) + (Date.now() - loadedAt) / 1000)}`;
  }, 1000);
}
