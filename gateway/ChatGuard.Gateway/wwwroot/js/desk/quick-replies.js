// 快捷短语: the shop's saved replies. One click puts a phrase into the reply box (the agent still reviews and sends
// it, so moderation sees it like any reply); the agents of the shop add and remove them.
import { el, clear, toast } from '../elements.js';
import { t } from '../i18n.js';

export function quickReplies(http, shopId, { panel, toggle, dialog, list, reply }) {
  const path = `/api/v1/shops/${encodeURIComponent(shopId)}/quick-replies`;
  let items = [];

  function insert(text) {
    const box = reply;
    const at = box.selectionStart ?? box.value.length;
    box.value = box.value.slice(0, at) + text + box.value.slice(box.selectionEnd ?? at);
    box.focus();
    show(false);
  }

  function render() {
    clear(panel,
      items.length ? items.map(q => el('button', { type: 'button', class: 'quick', dataset: { quickReply: q.quickReplyId }, onclick: () => insert(q.text) }, q.text))
        : el('span', { class: 'meta' }, t('quick.none')),
      el('button', { type: 'button', class: 'btn small', id: 'quick-manage', onclick: manage }, t('quick.manage')));
    clear(list, items.map(q => el('li', {}, el('span', {}, q.text),
      el('button', { type: 'button', class: 'btn small', 'aria-label': t('quick.remove', { text: q.text }), onclick: () => remove(q) }, t('action.remove')))));
  }

  async function load() {
    try { items = await http.get(path); } catch (e) { toast(e.message); }
    render();
  }

  async function remove(q) {
    try { await http.delete(`${path}/${encodeURIComponent(q.quickReplyId)}`); } catch (e) { toast(e.message); }
    await load();
  }

  function manage() {
    dialog.querySelector('textarea').value = '';
    dialog.onclose = async () => {
      if (dialog.returnValue !== 'add') return;
      const text = dialog.querySelector('textarea').value.trim();
      if (!text) return;
      try { await http.post(path, { text }); } catch (e) { toast(e.message); }
      await load();
    };
    dialog.showModal();
  }

  function show(open) {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  }
  toggle.addEventListener('click', () => show(panel.hidden));

  return { load };
}
