// The shop's agents: this agent's reception state (online or busy), who else is online, and handing a conversation
// over to one of them.
import { el, clear, toast } from '../elements.js';
import { t } from '../i18n.js';

export function team(http, shopId, me, { presence, dialog, select, none }) {
  const shop = encodeURIComponent(shopId);

  async function setState(state) {
    try { await http.put(`/api/v1/shops/${shop}/agents/me`, { state }); } catch (e) { toast(e.message); }
  }
  presence.addEventListener('change', () => setState(presence.value));

  return {
    /** Announces this agent's state when the desk opens and after a reconnect. */
    announce: () => setState(presence.value),
    /** Repeats the state every minute: a desk that stops (closed, cut off) soon counts as offline on the server. */
    keepAlive: () => setInterval(() => setState(presence.value), 60_000),
    async transfer(conversation, done) {
      let agents = [];
      try { agents = await http.get(`/api/v1/shops/${shop}/agents`); } catch (e) { return toast(e.message); }
      const others = agents.filter(a => a.agentId !== me.userId && a.state !== 'offline');
      clear(select, others.map(a => el('option', { value: a.agentId }, `${a.agentId} · ${t(`presence.${a.state}`)}`)));
      none.hidden = others.length > 0;
      dialog.querySelector('button[value=transfer]').disabled = others.length === 0;
      dialog.onclose = async () => {
        if (dialog.returnValue !== 'transfer' || !select.value) return;
        try {
          await http.post(`/api/v1/conversations/${encodeURIComponent(conversation.conversationId)}/transfer`, { agentId: select.value });
          toast(t('transfer.done', { agent: select.value }));
          done();
        } catch (e) { toast(e.message); }
      };
      dialog.showModal();
    },
  };
}
