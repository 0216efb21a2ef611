// The console's keyboard shortcuts (not while typing in a field): J/K next and previous flag, C confirm, D dismiss,
// N the note, X tick for a bulk decision, / search.
export function shortcuts(actions) {
  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.target.closest('input, textarea, select, dialog[open]')) return;
    const act = {
      j: () => actions.move(1), ArrowDown: () => actions.move(1), k: () => actions.move(-1), ArrowUp: () => actions.move(-1),
      c: () => actions.decide('confirm'), d: () => actions.decide('dismiss'), n: () => actions.note(), x: () => actions.pick(),
      '/': () => actions.search(),
    }[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  });
}
