import { el, clear, toast } from '../elements.js';
import { api, query } from '../api.js';
import { clockTime, duration } from '../clock.js';
import { connectHub } from '../hub.js';
import { languageSwitch, number, startI18n, t } from '../i18n.js';
import { signInForm, signOut, takeToken } from '../session.js';
import { labelName, labels } from '../rules.js';
import { flagChart } from './chart.js';
import { flagDetail } from './detail.js';
import { blockTable, ruleCatalogue, sanctionTable, violationTable } from './records.js';
import { claims } from './claims.js';
import { shortcuts } from './shortcuts.js';

const $ = id => document.getElementById(id);
const page = 'console';

// How long a pending flag may wait before its age turns amber, then red.
const slaMinutes = { warn: 15, late: 60 };

await startI18n();
for (const node of document.querySelectorAll('.lang')) languageSwitch(node);

const token = takeToken(page);
if (token) start(token);
else {
  $('signin').hidden = false;
  signInForm($('signin-form'), page, 'moderator', () => location.reload());
}

const sla = flag => {
  if (flag.status !== 'pending') return 'done';
  const minutes = (Date.now() - Date.parse(flag.createdAt)) / 60_000;
  return minutes >= slaMinutes.late ? 'late' : minutes >= slaMinutes.warn ? 'warn' : 'ok';
};

async function start(token) {
  $('app').hidden = false;
  $('signout').addEventListener('click', () => signOut(page));
  const http = api(token);
  const flags = new Map(); // flagId → flag, in the order shown
  const picked = new Set(); // flagIds ticked for a bulk decision
  let selected = null;
  let cursor = null;
  let me = null;

  for (const label of labels) $('label-filter').append(el('option', { value: label }, labelName(label)));
  ruleCatalogue($('rule-catalogue'));

  const claim = claims(http, () => me?.userId, () => renderQueue());
  const chart = flagChart($('chart'), $('legend'), $('chart-total'));
  const detail = flagDetail($('detail'), async (flag, decision, note) => {
    const updated = await http.post(`/api/v1/flags/${encodeURIComponent(flag.flagId)}/decision`, { decision, note });
    upsert({ ...flag, ...(updated?.flagId ? updated : { status: decision === 'confirm' ? 'confirmed' : 'dismissed' }) });
    claim.release(flag.flagId);
    toast(t(decision === 'confirm' ? 'console.confirmed' : 'console.dismissed'));
    refreshSanctions();
  }, () => me?.userId);

  const filters = () => Object.fromEntries(new FormData($('filters')));
  const matches = flag => {
    const f = filters();
    const q = $('search').value.trim().toLowerCase();
    return (!f.status || flag.status === f.status) && (!f.label || (flag.labels ?? []).includes(f.label)) && (!f.shopId || flag.shopId === f.shopId)
      && (!q || flag.senderId.toLowerCase().includes(q) || flag.shopId.toLowerCase().includes(q) || (flag.reportedBy ?? '').toLowerCase().includes(q));
  };
  const shownFlags = () => [...flags.values()].filter(matches);

  function row(flag, fresh) {
    const holder = claim.holder(flag.flagId);
    return el('li', {
      class: `row${fresh ? ' fresh' : ''}`, tabindex: 0, dataset: { flag: flag.flagId, sla: sla(flag) },
      'aria-current': selected === flag.flagId ? 'true' : 'false',
      onclick: e => { if (!e.target.matches('.pick')) select(flag.flagId); },
      onkeydown: e => { if (e.key === 'Enter') { e.preventDefault(); select(flag.flagId); } },
    },
    el('div', { class: 'row-top' },
      flag.status === 'pending' ? el('input', { type: 'checkbox', class: 'pick', 'aria-label': t('console.pick'), checked: picked.has(flag.flagId), onchange: e => pick(flag.flagId, e.target.checked) }) : null,
      (flag.labels ?? []).map(l => el('span', { class: 'chip', dataset: { label: l } }, labelName(l))),
      el('span', { class: 'action', dataset: { action: flag.action } }, t(`action.${flag.action}`)),
      holder && holder !== me?.userId ? el('span', { class: 'chip outline claimed' }, t('console.claimedBy', { who: holder })) : null,
      el('span', { class: 'meta age', dataset: { sla: sla(flag) }, title: clockTime(flag.createdAt) }, duration((Date.now() - Date.parse(flag.createdAt)) / 1000))),
    el('div', { class: 'preview' }, flag.text),
    el('div', { class: 'meta' }, `${t(`role.${flag.senderRole}`, { id: flag.senderId })} · ${t('field.shop')} ${flag.shopId} · `,
      el('span', { class: 'state', dataset: { state: flag.status } }, t(`state.${flag.status}`))));
  }

  function renderQueue(freshId) {
    const shown = shownFlags();
    clear($('queue'), shown.map(f => row(f, f.flagId === freshId)));
    $('queue-empty').hidden = shown.length > 0;
    const pending = [...flags.values()].filter(f => f.status === 'pending').length;
    $('pending-count').hidden = pending === 0;
    $('pending-count').textContent = number(pending);
    for (const id of [...picked]) if (flags.get(id)?.status !== 'pending') picked.delete(id);
    $('selected-count').textContent = picked.size ? t('console.selected', { n: picked.size }) : '';
    $('bulk-confirm').disabled = $('bulk-dismiss').disabled = picked.size === 0;
  }

  function pick(flagId, on) {
    if (on) picked.add(flagId); else picked.delete(flagId);
    renderQueue();
  }

  function upsert(flag, fresh = false) {
    if (fresh && !flags.has(flag.flagId)) {
      const rest = [...flags.entries()];
      flags.clear();
      flags.set(flag.flagId, flag);
      for (const [k, v] of rest) flags.set(k, v);
    } else flags.set(flag.flagId, flag);
    renderQueue(fresh ? flag.flagId : null);
    if (selected === flag.flagId) detail.show(flag, claim.holder(flag.flagId));
  }

  async function select(flagId) {
    if (selected && selected !== flagId) claim.release(selected);
    selected = flagId;
    renderQueue();
    const flag = flags.get(flagId);
    detail.show(flag, null);
    if (!flag) return;
    // A pending flag is claimed while it is open, so nobody else works it at the same time.
    if (flag.status === 'pending') detail.claimed(await claim.take(flagId));
    if (flag.context != null) return;
    // A flag pushed live carries no conversation: it is read from the server when the flag is opened.
    try {
      const full = await http.get(`/api/v1/flags/${encodeURIComponent(flagId)}`);
      if (flags.get(flagId) !== flag) return; // replaced meanwhile (a decision): that copy is newer
      flags.set(flagId, full);
      if (selected === flagId) detail.showContext(full);
    } catch (e) {
      toast(t('console.contextFailed', { why: e.message }));
    }
  }

  /** Every ticked flag gets the same decision; each is claimed first, and one another moderator holds is skipped. */
  async function bulk(decision) {
    const ids = [...picked];
    let done = 0;
    for (const id of ids) {
      const holder = await claim.take(id);
      if (holder !== me.userId) continue;
      try {
        const updated = await http.post(`/api/v1/flags/${encodeURIComponent(id)}/decision`, { decision, note: t('console.bulkNote') });
        flags.set(id, { ...flags.get(id), ...updated });
        done++;
      } catch (e) { toast(e.message); }
      claim.release(id);
    }
    picked.clear();
    renderQueue();
    if (selected) detail.show(flags.get(selected), claim.holder(selected));
    toast(t('console.bulkDone', { n: done, of: ids.length }));
    refreshSanctions();
  }
  $('bulk-confirm').addEventListener('click', () => bulk('confirm'));
  $('bulk-dismiss').addEventListener('click', () => bulk('dismiss'));
  $('select-all').addEventListener('change', e => {
    for (const f of shownFlags()) if (f.status === 'pending') { if (e.target.checked) picked.add(f.flagId); else picked.delete(f.flagId); }
    renderQueue();
  });

  async function loadQueue(append = false) {
    const { status, label, shopId } = filters();
    try {
      const [pageOfFlags] = await Promise.all([http.get(`/api/v1/flags${query({ status, label, shopId, limit: 50, cursor: append ? cursor : null })}`), claim.load()]);
      if (!append) flags.clear();
      for (const flag of pageOfFlags.items ?? []) flags.set(flag.flagId, flag);
      cursor = pageOfFlags.nextCursor ?? null;
      $('more').hidden = !cursor;
      renderQueue();
    } catch (e) {
      toast(t('console.queueFailed', { why: e.message }));
      renderQueue();
    }
    $('queue').dataset.loaded = 'true';
  }

  async function loadChart() {
    const hours = Number($('chart-range').value);
    try { chart.load(await http.get(`/api/v1/stats/flags?hours=${hours}`), hours); } catch { chart.load([], hours); }
  }
  $('chart-range').addEventListener('change', loadChart);

  /** Asks for the note of a lift (audited by the server), then posts it. */
  function lift(what, path, done) {
    const dialog = $('lift-dialog');
    $('lift-what').textContent = what;
    dialog.querySelector('textarea').value = '';
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'lift') return;
      try {
        await http.post(path, { note: dialog.querySelector('textarea').value });
        toast(t('lift.done'));
        done();
      } catch (e) { toast(e.message); }
    };
    dialog.showModal();
  }
  const sanctions = sanctionTable($('sanctions'), s =>
    lift(t('lift.sanction', { kind: t(`sanction.${s.kind}`), who: t(`role.${s.role}`, { id: s.userId }) }), `/api/v1/sanctions/${encodeURIComponent(s.sanctionId)}/lift`, refreshSanctions));
  async function refreshSanctions() {
    try { sanctions.show((await http.get(`/api/v1/sanctions${query({ active: $('active-only').checked ? 'true' : null })}`)).items); }
    catch (e) { clear($('sanctions'), el('div', { class: 'empty' }, e.message)); }
  }
  const blocks = blockTable($('blocks'), b =>
    lift(t('lift.block', { shop: b.shopId, buyer: b.buyerId }), `/api/v1/blocks/${encodeURIComponent(b.blockId)}/lift`, refreshBlocks));
  async function refreshBlocks() {
    try { blocks.show((await http.get('/api/v1/blocks')).items); } catch (e) { clear($('blocks'), el('div', { class: 'empty' }, e.message)); }
  }
  const violations = violationTable($('violations'));
  async function refreshViolations() {
    const shopId = new FormData($('violations-form')).get('shopId');
    try { violations.show(await http.get(`/api/v1/shops/${encodeURIComponent(shopId)}/violations`)); }
    catch (e) { clear($('violations'), el('div', { class: 'empty' }, e.message)); }
  }
  $('violations-form').addEventListener('submit', e => { e.preventDefault(); refreshViolations(); });

  const views = { queue: null, sanctions: refreshSanctions, blocks: refreshBlocks, violations: refreshViolations, rules: null };
  for (const name of Object.keys(views)) {
    $(`tab-${name}`).addEventListener('click', () => {
      for (const other of Object.keys(views)) {
        $(`tab-${other}`).setAttribute('aria-selected', String(other === name));
        $(`view-${other}`).hidden = other !== name;
      }
      views[name]?.();
    });
  }
  $('filters').addEventListener('change', e => { if (e.target.id !== 'search') loadQueue(); });
  $('search').addEventListener('input', () => renderQueue());
  $('more').addEventListener('click', () => loadQueue(true));
  $('active-only').addEventListener('change', refreshSanctions);

  shortcuts({
    move(step) {
      // From the selected flag's place in the queue, even when a decision just filtered it out of view.
      const all = [...flags.values()];
      const at = all.findIndex(f => f.flagId === selected);
      const ahead = at < 0 ? all : step > 0 ? all.slice(at + 1) : all.slice(0, at).reverse();
      const next = ahead.find(matches);
      if (next) { select(next.flagId); document.querySelector(`[data-flag="${next.flagId}"]`)?.scrollIntoView({ block: 'nearest' }); }
    },
    decide: decision => document.getElementById(decision)?.click(),
    note: () => document.getElementById('decision-note')?.focus(),
    pick: () => { if (selected && flags.get(selected)?.status === 'pending') pick(selected, !picked.has(selected)); },
    search: () => $('search').focus(),
  });

  const hub = connectHub('/hubs/moderation', token, $('status'));
  hub.connection.on('flag', flag => { upsert(flag, true); chart.add(flag); });
  // After a reconnect, flags raised meanwhile come from the durable queue.
  hub.connection.onreconnected(() => { loadQueue(); loadChart(); });
  try {
    await hub.start();
    me = await hub.connection.invoke('WhoAmI');
    $('who').textContent = me.userId;
  } catch (e) {
    toast(t('console.notConnected', { why: e.message }));
  }
  await Promise.all([loadQueue(), loadChart()]);
  setInterval(loadChart, 60_000);
  // Ages and SLA colours move on; claims of others come and go.
  setInterval(() => { claim.load().then(() => renderQueue()); }, 30_000);
}
