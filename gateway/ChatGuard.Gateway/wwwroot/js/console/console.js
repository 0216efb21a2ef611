import { el, clear, toast } from '../elements.js';
import { api, query } from '../api.js';
import { clockTime } from '../clock.js';
import { connectHub } from '../hub.js';
import { signInForm, signOut, takeToken } from '../session.js';
import { labelNames } from '../rules.js';
import { flagChart } from './chart.js';
import { flagDetail } from './detail.js';
import { blockTable, sanctionTable } from './records.js';

const $ = id => document.getElementById(id);
const page = 'console';

const token = takeToken(page);
if (token) start(token);
else {
  $('signin').hidden = false;
  signInForm($('signin-form'), page, 'moderator', () => location.reload());
}

async function start(token) {
  $('app').hidden = false;
  $('signout').addEventListener('click', () => signOut(page));
  const http = api(token);
  const flags = new Map(); // flagId → flag, in the order shown
  let selected = null;
  let cursor = null;

  for (const [value, name] of Object.entries(labelNames)) $('label-filter').append(el('option', { value }, name));

  const chart = flagChart($('chart'), $('legend'), $('chart-total'));
  const detail = flagDetail($('detail'), async (flag, decision, note) => {
    const updated = await http.post(`/api/v1/flags/${encodeURIComponent(flag.flagId)}/decision`, { decision, note });
    upsert({ ...flag, ...(updated?.flagId ? updated : { status: decision === 'confirm' ? 'confirmed' : 'dismissed' }) });
    toast(decision === 'confirm' ? 'Violation confirmed' : 'Flag dismissed');
    refreshSanctions();
  });

  const filters = () => Object.fromEntries(new FormData($('filters')));
  const matches = flag => {
    const f = filters();
    return (!f.status || flag.status === f.status) && (!f.label || (flag.labels ?? []).includes(f.label)) && (!f.shopId || flag.shopId === f.shopId);
  };

  function row(flag, fresh) {
    return el('li', {
      class: `row${fresh ? ' fresh' : ''}`, tabindex: 0, dataset: { flag: flag.flagId },
      'aria-current': selected === flag.flagId ? 'true' : 'false',
      onclick: () => select(flag.flagId),
      onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(flag.flagId); } },
    },
    el('div', { class: 'row-top' }, (flag.labels ?? []).map(l => el('span', { class: 'chip', dataset: { label: l } }, labelNames[l] ?? l)),
      el('span', { class: 'action', dataset: { action: flag.action } }, flag.action),
      el('span', { class: 'meta' }, clockTime(flag.createdAt))),
    el('div', { class: 'preview' }, flag.text),
    el('div', { class: 'meta' }, `${flag.senderRole} ${flag.senderId} · shop ${flag.shopId} · `, el('span', { class: 'state', dataset: { state: flag.status } }, flag.status)));
  }

  function renderQueue(freshId) {
    const shown = [...flags.values()].filter(matches);
    clear($('queue'), shown.map(f => row(f, f.flagId === freshId)));
    $('queue-empty').hidden = shown.length > 0;
    const pending = [...flags.values()].filter(f => f.status === 'pending').length;
    $('pending-count').hidden = pending === 0;
    $('pending-count').textContent = String(pending);
  }

  function upsert(flag, fresh = false) {
    if (fresh && !flags.has(flag.flagId)) {
      const rest = [...flags.entries()];
      flags.clear();
      flags.set(flag.flagId, flag);
      for (const [k, v] of rest) flags.set(k, v);
    } else flags.set(flag.flagId, flag);
    renderQueue(fresh ? flag.flagId : null);
    if (selected === flag.flagId) detail.show(flag);
  }

  async function select(flagId) {
    selected = flagId;
    renderQueue();
    const flag = flags.get(flagId);
    detail.show(flag);
    if (!flag || flag.context != null) return;
    // A flag pushed live carries no conversation: it is read from the server when the flag is opened.
    try {
      const full = await http.get(`/api/v1/flags/${encodeURIComponent(flagId)}`);
      if (flags.get(flagId) !== flag) return; // replaced meanwhile (a decision): that copy is newer
      flags.set(flagId, full);
      if (selected === flagId) detail.showContext(full);
    } catch (e) {
      toast(`Could not load the conversation: ${e.message}`);
    }
  }

  async function loadQueue(append = false) {
    const f = filters();
    try {
      const pageOfFlags = await http.get(`/api/v1/flags${query({ ...f, limit: 50, cursor: append ? cursor : null })}`);
      if (!append) flags.clear();
      for (const flag of pageOfFlags.items ?? []) flags.set(flag.flagId, flag);
      cursor = pageOfFlags.nextCursor ?? null;
      $('more').hidden = !cursor;
      renderQueue();
    } catch (e) {
      toast(`Could not load the queue: ${e.message}`);
      renderQueue();
    }
    $('queue').dataset.loaded = 'true';
  }

  async function loadChart() {
    try { chart.load(await http.get(`/api/v1/stats/flags?hours=${chart.hours}`)); } catch (e) { chart.load([]); }
  }

  /** Asks for the note of a lift (audited by the server), then posts it. */
  function lift(what, path, done) {
    const dialog = $('lift-dialog');
    $('lift-what').textContent = what;
    dialog.querySelector('textarea').value = '';
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'lift') return;
      try {
        await http.post(path, { note: dialog.querySelector('textarea').value });
        toast('Lifted');
        done();
      } catch (e) { toast(e.message); }
    };
    dialog.showModal();
  }
  const sanctions = sanctionTable($('sanctions'), s =>
    lift(`The ${s.kind} of ${s.role} ${s.userId}`, `/api/v1/sanctions/${encodeURIComponent(s.sanctionId)}/lift`, refreshSanctions));
  async function refreshSanctions() {
    try { sanctions.show((await http.get(`/api/v1/sanctions${query({ active: $('active-only').checked ? 'true' : null })}`)).items); }
    catch (e) { clear($('sanctions'), el('div', { class: 'empty' }, e.message)); }
  }
  const blocks = blockTable($('blocks'), b =>
    lift(`Shop ${b.shopId}'s block of buyer ${b.buyerId}`, `/api/v1/blocks/${encodeURIComponent(b.blockId)}/lift`, refreshBlocks));
  async function refreshBlocks() {
    try { blocks.show((await http.get('/api/v1/blocks')).items); } catch (e) { clear($('blocks'), el('div', { class: 'empty' }, e.message)); }
  }

  const views = { queue: null, sanctions: refreshSanctions, blocks: refreshBlocks };
  for (const name of Object.keys(views)) {
    $(`tab-${name}`).addEventListener('click', () => {
      for (const other of Object.keys(views)) {
        $(`tab-${other}`).setAttribute('aria-selected', String(other === name));
        $(`view-${other}`).hidden = other !== name;
      }
      views[name]?.();
    });
  }
  $('filters').addEventListener('change', () => loadQueue());
  $('more').addEventListener('click', () => loadQueue(true));
  $('active-only').addEventListener('change', refreshSanctions);

  const hub = connectHub('/hubs/moderation', token, $('status'));
  hub.connection.on('flag', flag => { upsert(flag, true); chart.add(flag); });
  // After a reconnect, flags raised meanwhile come from the durable queue.
  hub.connection.onreconnected(() => { loadQueue(); loadChart(); });
  try {
    await hub.start();
    const me = await hub.connection.invoke('WhoAmI');
    $('who').textContent = `${me.userId} · ${me.tenant}`;
  } catch (e) {
    toast(`Not connected: ${e.message}`);
  }
  await Promise.all([loadQueue(), loadChart()]);
  setInterval(loadChart, 60_000);
}
