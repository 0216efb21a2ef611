import { el, clear } from '../elements.js';
import { clockTime } from '../clock.js';
import { labelNames, labelRule, ruleFor } from '../rules.js';
import { highlighted } from './spans.js';

const kindNames = { message: 'Message', attachment: 'Attachment', spam: 'Spam (C9)', report: 'Shop report (S9)' };

/** The flag detail card: message with spans, the rules that matched, the conversation before it, and the decision. */
export function flagDetail(container, decide) {
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
      loading ? el('p', { class: 'meta' }, 'Loading the conversation…') : null, thread.map(m => el('div', {
      class: `bubble${m.senderRole === 'buyer' ? '' : ' mine'}${m.senderRole === 'bot' ? ' bot' : ''}${isFlagged(m) ? ' flagged' : ''}`,
    }, el('span', { class: 'by' }, `${m.senderRole} ${m.senderId} · ${clockTime(m.sentAt)}${isFlagged(m) ? ' · flagged' : ''}`), m.text)));
  }

  function decisionPart(flag) {
    if (flag.status !== 'pending' && flag.decision) {
      const d = flag.decision;
      return el('div', { class: 'decision' }, el('h3', {}, 'Decision'),
        el('p', {}, el('span', { class: 'state', dataset: { state: flag.status } }, flag.status), ' by ', el('b', {}, d.decidedBy),
          ` · ${clockTime(d.decidedAt)}`), d.note ? el('p', { class: 'meta' }, `“${d.note}”`) : null);
    }
    const note = el('textarea', { id: 'decision-note', name: 'note', placeholder: 'What you saw, for the audit log and the sender' });
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
      el('button', { class: 'btn danger', type: 'button', id: 'confirm', onclick: send('confirm') }, 'Confirm violation'),
      el('button', { class: 'btn', type: 'button', id: 'dismiss', onclick: send('dismiss') }, 'Dismiss'),
    ];
    return el('div', { class: 'decision' }, el('h3', {}, 'Decision'),
      el('label', { class: 'field', for: 'decision-note' }, el('span', {}, 'Note'), note),
      el('div', { class: 'buttons' }, buttons), error,
      el('p', { class: 'meta' }, 'Confirming applies the profile’s sanction (S10 buyers, S11 merchants); dismissing a held message delivers it.'));
  }

  return {
    /** Replaces the conversation of the flag shown (loaded after the card), keeping what the moderator typed. */
    showContext(flag) {
      container.querySelector('.thread')?.replaceWith(context(flag));
    },
    show(flag) {
      if (!flag) return clear(container, el('div', { class: 'empty' }, 'Select a flag to see the message, the rule it broke and its conversation.'));
      clear(container,
        el('div', { class: 'card-head' },
          el('div', { class: 'row-top' }, (flag.labels ?? []).map(l => el('span', { class: 'chip', dataset: { label: l } }, labelNames[l] ?? l)),
            el('span', { class: 'action', dataset: { action: flag.action } }, flag.action)),
          el('span', { class: 'state', dataset: { state: flag.status } }, flag.status)),
        el('div', { class: 'kv' },
          el('span', {}, 'Kind ', el('b', {}, kindNames[flag.kind] ?? flag.kind)),
          el('span', {}, 'Shop ', el('b', {}, flag.shopId)),
          el('span', {}, 'Sender ', el('b', {}, `${flag.senderRole} ${flag.senderId}`)),
          el('span', {}, 'Profile ', el('b', {}, `${flag.profile} ${flag.profileVersion}`)),
          el('span', {}, 'At ', el('b', {}, clockTime(flag.createdAt)))),
        flag.kind === 'report' || flag.reason ? el('p', { class: 'meta' },
          flag.reportedBy ? `Reported by ${flag.reportedBy}: ` : 'Why: ', el('b', {}, flag.reason ?? ''), flag.note ? ` — “${flag.note}”` : '') : null,
        el('h3', {}, 'Message'),
        highlighted(flag.text ?? '', flag.spans),
        el('h3', {}, 'Rules matched'),
        el('ul', { class: 'rules' }, rulesOf(flag).map(r => el('li', {}, el('span', { class: 'rule-id' }, r.id),
          el('div', {}, el('b', {}, r.title ?? r.id), el('div', {}, r.text ?? ''), el('div', { class: 'meta' }, `RULES.md ${r.id} · ${r.source ?? ''}`))))),
        (flag.spans ?? []).some(s => s.detail) ? el('p', { class: 'meta' }, 'Matched: ', (flag.spans ?? []).map(s => `${s.ruleId ?? s.label}${s.detail ? ` (${s.detail})` : ''}`).join(', ')) : null,
        el('h3', {}, 'Conversation'),
        context(flag),
        decisionPart(flag));
    },
  };
}
