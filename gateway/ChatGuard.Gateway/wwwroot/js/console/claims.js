// Flag claims: the flag a moderator has open is claimed on the server (renewed while it stays open), so two
// moderators never work the same flag; the queue shows who holds which.
export function claims(http, myId, changed) {
  const holders = new Map(); // flagId → moderatorId
  const renewals = new Map(); // flagId → interval of my renewals

  async function take(flagId) {
    try {
      const claim = await http.post(`/api/v1/flags/${encodeURIComponent(flagId)}/claim`);
      holders.set(flagId, claim.moderatorId);
      if (!renewals.has(flagId)) renewals.set(flagId, setInterval(() => take(flagId), 60_000));
    } catch (e) {
      if (e.status !== 409) throw e;
      await load();
    }
    changed();
    return holders.get(flagId) ?? null;
  }

  async function load() {
    const active = await http.get('/api/v1/flag-claims');
    for (const [flagId, holder] of [...holders]) if (holder !== myId()) holders.delete(flagId);
    for (const c of active) holders.set(c.flagId, c.moderatorId);
  }

  return {
    take,
    load,
    holder: flagId => holders.get(flagId) ?? null,
    release(flagId) {
      clearInterval(renewals.get(flagId));
      renewals.delete(flagId);
      if (holders.get(flagId) !== myId()) return;
      holders.delete(flagId);
      http.delete(`/api/v1/flags/${encodeURIComponent(flagId)}/claim`).catch(() => {});
    },
  };
}
