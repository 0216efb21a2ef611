import { el, clear } from '../elements.js';
import { clockTime, duration } from '../clock.js';
import { t } from '../i18n.js';
import { labelName, labelRule, ruleFor } from '../rules.js';
import { highlighted } from './spans.js';

/**
 * The flag detail card: the message with its spans and the decision first (reachable without scrolling), then the
 * rules that matched and the conversation before it.
 */
export function flagDetail(container, decide, myId) {
  function rulesOf(flag) {
    const ids = new Set([...(flag.rules ?? []), ...(flag.spans ?? []).map(s => s.ruleId)].map(r => ruleFor(r)?.id).filter(Boolean));
    if (!ids.size) for (const label of flag.labels ?? []) if (labelRule[label]) ids.add(labelRule[label]);
    return [...ids].map(id => ruleFor(id));
  }

  function context(flag) {
    const isFlagged = m => m === flagged || (flag.messageIds ?? [flag.messageId]).includes(m.messageId);
    const flagged = { messageId: flag.messageId, senderRole: flag.senderRole, senderId: flag.senderId, text: flag.text, sentAt: flag.createdAt };
    // A report's context already holds the reported messages; a message flag's context is what came before it.
    // A flag pushed live comes without it (null) until the console has loaded the flag.
    const around = flag.context ?? [];
    const thread = around.some(m => m.messageId === flag.messageId) ? around : [...around, flagged];
    const loading = flag.context == null;
    return el('div', { class: 'thread', 'aria-busy': String(loading), dataset: { loaded: String(!loading) } },
      loading ? el('p', { class: 'meta' }, t('console.loadingContext')) : null, thread.map(m => el('div', {
        class: `bubble${m.senderRole === 'buyer' ? '' : ' mine'}${m.senderRole === 'bot' ? ' bot' : ''}${isFlagged(m) ? ' flagged' : ''}`,
      }, el('span', { class: 'by' }, `${t(`role.${m.senderRole}`, { id: m.senderId })} · ${clockTime(m.sentAt)}${isFlagged(m) ? ` · ${t('console.flagged')}` : ''}`), m.text)));
  }

  function decisionPart(flag) {
    if (flag.status !== 'pending' && flag.decision) {
      const d = flag.decision;
      return el('div', { class: 'decision' }, el('h3', {}, t('console.decision')),
        el('p', {}, el('span', { class: 'state', dataset: { state: flag.status } }, t(`state.${flag.status}`)), ' ',
          t('console.decidedBy', { who: d.decidedBy, when: clockTime(d.decidedAt) })), d.note ? el('p', { class: 'meta' }, `“${d.note}”`) : null);
    }
    const note = el('textarea', { id: 'decision-note', name: 'note', rows: 2, placeholder: t('console.notePlaceholder') });
    const error = el('p', { class: 'error', role: 'alert' });
    const send = decision => async () => {
      for (const b of buttons) b.disabled = true;
      error.textContent = '';
      try {
        await decide(flag, decision, note.value.trim());
      } catch (e) {
        error.textContent = e.message;
        for (const b of buttons) b.disabled = false;
      }
    };
    const buttons = [
      el('button', { class: 'btn danger', type: 'button', id: 'confirm', onclick: send('confirm') }, t('console.confirm')),
      el('button', { class: 'btn', type: 'button', id: 'dismiss', onclick: send('dismiss') }, t('console.dismiss')),
    ];
    return el('div', { class: 'decision pending' },
      el('p', { class: 'claim meta', role: 'status' }),
      el('label', { class: 'field', for: 'decision-note' }, el('span', {}, t('console.note')), note),
      el('div', { class: 'buttons' }, buttons, el('span', { class: 'meta' }, t('console.decisionHint'))), error);
  }

  return {
    /** Replaces the conversation of the flag shown (loaded after the card), keeping what the moderator typed. */
    showContext(flag) {
      container.querySelector('.thread')?.replaceWith(context(flag));
    },
    /** Who holds the flag shown: another moderator's claim disables the decision. */
    claimed(holder) {
      const mine = !holder || holder === myId();
      const claim = container.querySelector('.claim');
      if (claim) claim.textContent = mine ? t('console.claimMine') : t('console.claimedBy', { who: holder });
      for (const b of container.querySelectorAll('.decision .buttons button')) b.disabled = !mine;
      container.dataset.claim = mine ? 'mine' : 'other';
    },
    show(flag, holder) {
      if (!flag) return clear(container, el('div', { class: 'empty' }, t('console.selectFlag')));
      const age = (Date.now() - Date.parse(flag.createdAt)) / 1000;
      clear(container,
        el('div', { class: 'card-head' },
          el('div', { class: 'row-top' }, (flag.labels ?? []).map(l => el('span', { class: 'chip', dataset: { label: l } }, labelName(l))),
            el('span', { class: 'action', dataset: { action: flag.action } }, t(`action.${flag.action}`))),
          el('span', { class: 'state', dataset: { state: flag.status } }, t(`state.${flag.status}`))),
        el('div', { class: 'kv' },
          el('span', {}, `${t('console.kind')} `, el('b', {}, t(`kind.${flag.kind}`))),
          el('span', {}, `${t('field.shop')} `, el('b', {}, flag.shopId)),
          el('span', {}, `${t('console.sender')} `, el('b', {}, t(`role.${flag.senderRole}`, { id: flag.senderId }))),
          el('span', {}, `${t('console.profile')} `, el('b', {}, `${flag.profile} ${flag.profileVersion}`)),
          el('span', {}, `${t('console.age')} `, el('b', {}, duration(age)))),
        flag.kind === 'report' || flag.reason ? el('p', { class: 'meta' },
          flag.reportedBy ? t('console.reportedBy', { who: flag.reportedBy }) : t('console.why'), el('b', {}, flag.reason ?? ''), flag.note ? ` — “${flag.note}”` : '') : null,
        highlighted(flag.text ?? '', flag.spans),
        decisionPart(flag),
        el('h3', {}, t('console.rulesMatched')),
        el('ul', { class: 'rules' }, rulesOf(flag).map(r => el('li', {}, el('span', { class: 'rule-id' }, r.id),
          el('div', {}, el('b', {}, r.title), el('div', {}, r.text), el('div', { class: 'meta' }, t('console.ruleSource', { source: r.source })))))),
        (flag.spans ?? []).some(s => s.detail) ? el('p', { class: 'meta' }, t('console.matched'), (flag.spans ?? []).map(s => `${s.ruleId ?? s.label}${s.detail ? ` (${s.detail})` : ''}`).join(', ')) : null,
        el('h3', {}, t('console.conversation')),
        context(flag));
      if (flag.status === 'pending') this.claimed(holder);
    },
  };
}
