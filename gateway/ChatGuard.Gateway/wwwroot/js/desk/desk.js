import { el, clear, toast } from '../elements.js';
import { api } from '../api.js';
import { clockTime, duration } from '../clock.js';
import { connectHub, hubError } from '../hub.js';
import { languageSwitch, list, number, startI18n, t } from '../i18n.js';
import { imageInputs, thumbnail, uploadImage } from '../images.js';
import { newClientMessageId } from '../message-id.js';
import { signInForm, signOut, takeToken } from '../session.js';
import { labelName, labelRule } from '../rules.js';
import { alerts } from './alerts.js';
import { compliance } from './compliance.js';
import { orderContext } from './order-context.js';
import { quickReplies } from './quick-replies.js';
import { team } from './team.js';

const $ = id => document.getElementById(id);
const page = 'desk';
const complaintReasons = ['abuse', 'harassment', 'threat', 'obscene', 'ads', 'unreasonable_demand'];

await startI18n();
for (const node of document.querySelectorAll('.lang')) languageSwitch(node);
for (const select of document.querySelectorAll('.complaint-reasons'))
  select.append(...complaintReasons.map(r => el('option', { value: r }, t(`complaint.${r}`))));

const token = takeToken(page);
if (token) start(token);
else {
  $('signin').hidden = false;
  signInForm($('signin-form'), page, 'agent', () => location.reload());
}

/** Why the agent's own message was stopped or changed, with the rule (agents work with the rule ids). */
function verdictNote(action, labels, deliveredText) {
  if (!action || action === 'allow') return null;
  const why = labels?.length ? list(labels.map(l => t('labelWithRule', { label: labelName(l), rule: labelRule[l] ?? l }))) : t('verdict.unknown');
  const key = { block: 'desk.verdict.block', mask: 'desk.verdict.mask', review: 'desk.verdict.review' }[action];
  return el('span', { class: 'verdict', dataset: { action }, role: 'note' }, key ? t(key, { why, text: deliveredText ?? '' }) : `${action}: ${why}`);
}

/** A send's outcome as the stored message's state (what the history reports after a reload). */
const stateOf = action => ({ block: 'blocked', review: 'held' }[action] ?? 'delivered');

const sender = m => (m.senderRole === 'bot' ? t('role.bot') : t(`role.${m.senderRole}`, { id: m.senderId }));

async function start(token) {
  $('app').hidden = false;
  $('signout').addEventListener('click', () => signOut(page));
  const http = api(token);
  const hub = connectHub('/hubs/chat', token, $('status'));
  const alert = alerts($('notify'));
  let me = null;
  let conversations = [];
  let assignees = new Map(); // conversationId → agentId it was transferred to
  let handoffActive = false;
  let filter = 'all';
  let loadedAt = Date.now();
  let current = null;
  const unread = new Map(); // conversationId → buyer messages that arrived while it was not open
  const bubbles = new Map(); // messageId → bubble in the open thread
  let context, shopCompliance, desk; // made once the hub says who the agent is

  function showHandoff(active) {
    handoffActive = active;
    $('handoff').dataset.active = String(active);
    $('handoff').textContent = t(active ? 'desk.handoff.active' : 'desk.handoff.inactive');
    renderList();
  }

  const matchesFilter = c => filter === 'all' || (filter === 'waiting' && c.unanswered) || (filter === 'mine' && assignees.get(c.conversationId) === me?.userId);
  function matchesSearch(c) {
    const q = $('search').value.trim().toLowerCase();
    return !q || c.buyerId.toLowerCase().includes(q) || (c.lastMessage?.text ?? '').toLowerCase().includes(q);
  }

  function renderList() {
    const now = Date.now();
    const waiting = conversations.filter(c => c.unanswered).length;
    // S1: while the bot receives, the desk never says everyone is answered.
    $('waiting-count').textContent = waiting ? t('desk.waiting', { n: waiting }) : handoffActive ? t('desk.botReceiving') : t('desk.allAnswered');
    const shown = conversations.filter(c => matchesFilter(c) && matchesSearch(c));
    $('conversations-empty').hidden = shown.length > 0;
    $('conversations-empty').textContent = conversations.length ? t('desk.noMatch') : t('desk.empty');
    const totalUnread = [...unread.values()].reduce((a, b) => a + b, 0);
    alert.unread(totalUnread);
    clear($('conversations'), shown.map(c => {
      const count = unread.get(c.conversationId) ?? 0;
      const assignee = assignees.get(c.conversationId);
      return el('li', {
        class: 'row', tabindex: 0, dataset: { conversation: c.conversationId },
        'aria-current': current?.conversationId === c.conversationId ? 'true' : 'false',
        onclick: () => open(c),
        onkeydown: e => { if (e.key === 'Enter') open(c); },
      },
      el('div', { class: 'row-top' },
        count ? el('span', { class: 'badge', 'aria-label': t('desk.unread', { n: count }) }, number(count)) : c.unanswered ? el('span', { class: 'unread', 'aria-hidden': 'true' }) : null,
        el('b', {}, c.buyerId),
        assignee ? el('span', { class: 'chip outline' }, assignee === me?.userId ? t('desk.mine') : assignee) : null,
        c.unanswered
          ? el('span', { class: 'waiting meta', title: t('desk.waitingTitle'), dataset: { seconds: c.waitingSeconds } },
            t('desk.waitingFor', { time: duration(c.waitingSeconds + (now - loadedAt) / 1000) }))
          : el('span', { class: 'meta' }, clockTime(c.lastMessage.sentAt))),
      el('div', { class: 'preview' }, c.lastMessage.senderRole === 'buyer' ? '' : t('desk.previewFrom', { who: sender(c.lastMessage) }),
        c.lastMessage.text || ((c.lastMessage.attachmentIds ?? []).length ? t('image.inPreview') : '')));
    }));
  }

  let listTimer;
  async function loadList() {
    try {
      const shop = encodeURIComponent(me.shopId);
      const [list, handoff, assigned] = await Promise.all([
        http.get(`/api/v1/shops/${shop}/conversations`), http.get(`/api/v1/shops/${shop}/handoff`), http.get(`/api/v1/shops/${shop}/assignments`)]);
      conversations = list;
      assignees = new Map(assigned.map(a => [a.conversationId, a.agentId]));
      loadedAt = Date.now();
      showHandoff(handoff.active);
      $('conversations').dataset.loaded = 'true';
    } catch (e) { toast(t('desk.loadFailed', { why: e.message })); }
  }
  const reloadList = () => { clearTimeout(listTimer); listTimer = setTimeout(loadList, 250); };

  function bubble(m) {
    const mine = m.senderRole !== 'buyer';
    const pick = m.senderRole === 'buyer'
      ? el('input', { type: 'checkbox', class: 'pick', value: m.messageId, 'aria-label': t('desk.pick') }) : null;
    return el('div', { class: `bubble${mine ? ' mine' : ''}${m.senderRole === 'bot' ? ' bot' : ''}`, dataset: { message: m.messageId } },
      el('span', { class: 'by' }, pick, sender(m), ` · ${clockTime(m.sentAt)}`),
      m.text ? el('span', { class: 'text' }, m.text) : null,
      (m.attachmentIds ?? []).length ? el('span', { class: 'thumbs' }, m.attachmentIds.map(id => thumbnail(token, m.conversationId, id, m.state))) : null);
  }

  function show(m, verdict) {
    let node = bubbles.get(m.messageId);
    if (!node) {
      node = bubble(m);
      bubbles.set(m.messageId, node);
      $('thread').append(node);
    }
    if (verdict && !node.querySelector('.verdict')) {
      const note = verdictNote(verdict.action, verdict.labels, verdict.deliveredText);
      if (note) node.append(note);
      if (verdict.action === 'block' || verdict.action === 'review') node.classList.add('stopped');
    }
    $('thread-wrap').scrollTop = $('thread-wrap').scrollHeight;
  }

  async function open(c) {
    current = c;
    unread.delete(c.conversationId);
    bubbles.clear();
    clear($('thread'));
    $('chat').dataset.open = 'true';
    $('chat-title').textContent = t('desk.buyer', { id: c.buyerId });
    $('chat-meta').textContent = c.conversationId;
    for (const id of ['reply', 'send', 'report', 'block', 'transfer', 'image', 'quick']) $(id).disabled = false;
    renderList();
    context.show(c.conversationId);
    try {
      const history = await http.get(`/api/v1/conversations/${encodeURIComponent(c.conversationId)}/messages`);
      if (current !== c) return;
      for (const m of history) {
        const own = m.senderId === me.userId && m.senderRole === me.role;
        // What moderation stopped on the other side never reached this desk: no bubble, not an empty one.
        if (!own && m.state !== 'delivered') continue;
        show(m, own ? { action: m.action, labels: m.labels, deliveredText: m.verdict?.masked } : null);
      }
    } catch (e) { toast(e.message); }
    $('reply').focus();
  }
  $('back').addEventListener('click', () => { $('chat').dataset.open = 'false'; });

  async function deliver(text, attachmentIds = []) {
    const result = await hub.connection.invoke('SendMessage', { conversationId: current.conversationId, clientMessageId: newClientMessageId(), text, attachmentIds });
    show({ messageId: result.messageId, conversationId: current.conversationId, senderRole: me.role, senderId: me.userId, text, attachmentIds,
      state: stateOf(result.action), sentAt: new Date().toISOString() }, result);
    reloadList();
  }

  async function send() {
    const text = $('reply').value.trim();
    if (!text || !current) return;
    $('send').disabled = true;
    try {
      await deliver(text);
      $('reply').value = '';
    } catch (e) {
      toast(hubError(e));
    } finally {
      $('send').disabled = false;
      $('reply').focus();
    }
  }
  $('composer').addEventListener('submit', e => { e.preventDefault(); send(); });
  $('reply').addEventListener('keydown', e => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });

  // Images: uploaded (and scanned) first; a refused one is shown as refused and never sent.
  imageInputs({ picker: $('image'), pasteTarget: $('reply'), dropTarget: $('chat') }, async files => {
    if (!current) return;
    for (const file of files) {
      try {
        const upload = await uploadImage(token, current.conversationId, file);
        if (upload.action === 'block') { toast(t('image.refusedToast')); continue; }
        await deliver('', [upload.attachmentId]);
      } catch (e) { toast(hubError(e)); }
    }
  });

  $('report').addEventListener('click', () => {
    const picked = [...$('thread').querySelectorAll('.pick:checked')].map(p => p.value);
    if (!picked.length) return toast(t('report.pickFirst'));
    const dialog = $('report-dialog');
    $('report-what').textContent = t('report.what', { n: picked.length, buyer: current.buyerId });
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'send') return;
      const form = new FormData(dialog.querySelector('form'));
      try {
        await hub.connection.invoke('ReportMessages', { conversationId: current.conversationId, messageIds: picked, reason: form.get('reason'), note: form.get('note') });
        toast(t('report.sent'));
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
        toast(t('block.done', { buyer: current.buyerId }));
      } catch (e) { toast(hubError(e)); }
    };
    dialog.showModal();
  });

  for (const button of document.querySelectorAll('[data-filter]')) {
    button.addEventListener('click', () => {
      filter = button.dataset.filter;
      for (const other of document.querySelectorAll('[data-filter]')) other.setAttribute('aria-pressed', String(other === button));
      renderList();
    });
  }
  $('search').addEventListener('input', renderList);

  const views = { chats: null, compliance: () => shopCompliance.load() };
  for (const name of Object.keys(views)) {
    $(`tab-${name}`).addEventListener('click', () => {
      for (const other of Object.keys(views)) {
        $(`tab-${other}`).setAttribute('aria-selected', String(other === name));
        $(`view-${other}`).hidden = other !== name;
      }
      views[name]?.();
    });
  }

  hub.connection.on('message', m => {
    const isOpen = current?.conversationId === m.conversationId;
    if (isOpen) show(m);
    if (m.senderRole === 'buyer') {
      if (!isOpen || document.visibilityState !== 'visible') unread.set(m.conversationId, (unread.get(m.conversationId) ?? 0) + 1);
      alert.buyerMessage(m.senderId, m.text);
    }
    reloadList();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && current) { unread.delete(current.conversationId); renderList(); }
  });
  hub.connection.on('botHandoff', h => { if (me && h.shopId === me.shopId) showHandoff(h.active); });
  hub.connection.on('conversationAssigned', a => {
    assignees.set(a.conversationId, a.agentId);
    if (a.agentId === me?.userId && a.assignedBy !== me.userId) toast(t('transfer.received', { from: a.assignedBy }));
    renderList();
  });
  hub.connection.onreconnected(() => { loadList(); desk.announce(); });

  try {
    await hub.start();
    me = await hub.connection.invoke('WhoAmI');
    $('who').textContent = `${me.userId} · ${t('field.shop')} ${me.shopId}`;
    context = orderContext(http, $('order-context'));
    shopCompliance = compliance(http, me.shopId, { assessment: $('assessment'), period: $('assessment-period'), violations: $('violations'), total: $('violation-total') });
    const replies = quickReplies(http, me.shopId, { panel: $('quick-replies'), toggle: $('quick'), dialog: $('quick-dialog'), list: $('quick-list'), reply: $('reply') });
    desk = team(http, me.shopId, me, { presence: $('presence'), dialog: $('transfer-dialog'), select: $('transfer-to'), none: $('transfer-none') });
    $('transfer').addEventListener('click', () => desk.transfer(current, loadList));
    await Promise.all([loadList(), replies.load(), desk.announce()]);
    desk.keepAlive();
  } catch (e) { toast(t('desk.notConnected', { why: hubError(e) })); }
  // The waiting times tick without rebuilding the list (focus and hover stay where they are).
  setInterval(() => {
    for (const node of $('conversations').querySelectorAll('.waiting'))
      node.textContent = t('desk.waitingFor', { time: duration(Number(node.dataset.seconds) + (Date.now() - loadedAt) / 1000) });
  }, 1000);
}
