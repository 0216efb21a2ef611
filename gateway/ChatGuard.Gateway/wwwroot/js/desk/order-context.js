// The buyer's orders with this shop beside the chat, from the gateway's order-context provider (a demo provider
// here: no platform order API is reachable from this repository).
import { el, clear } from '../elements.js';
import { t } from '../i18n.js';
import { dateTime } from '../clock.js';
import { language } from '../i18n.js';

const money = (amount, currency) => new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);

export function orderContext(http, container) {
  let shown = null;
  return {
    async show(conversationId) {
      shown = conversationId;
      clear(container, el('div', { class: 'empty' }, t('desk.loading')));
      try {
        const context = await http.get(`/api/v1/conversations/${encodeURIComponent(conversationId)}/order-context`);
        if (shown !== conversationId) return;
        container.dataset.loaded = conversationId;
        if (!context.orders.length) return clear(container, el('div', { class: 'empty' }, t('order.none')));
        clear(container, context.orders.map(o => el('section', { class: 'order', dataset: { order: o.orderId } },
          el('div', { class: 'row-top' }, el('b', {}, t('order.number', { id: o.orderId })),
            el('span', { class: 'state', dataset: { state: o.status } }, t(`order.status.${o.status}`))),
          el('div', { class: 'meta' }, dateTime(o.placedAt)),
          el('ul', { class: 'order-items' }, o.items.map(i => el('li', {}, el('span', {}, i.title), el('span', { class: 'meta' }, `× ${i.quantity} · ${money(i.price, o.currency)}`)))),
          el('div', { class: 'order-total' }, t('order.total'), ' ', el('b', {}, money(o.total, o.currency))))),
          el('p', { class: 'meta' }, t('order.source', { source: context.source })));
      } catch (e) {
        if (shown === conversationId) clear(container, el('div', { class: 'empty' }, e.message));
      }
    },
  };
}
