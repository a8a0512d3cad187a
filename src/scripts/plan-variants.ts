/**
 * Refines a route's checklist to one age group and length of stay without
 * reloading: items for other variants are hidden. Without this script every
 * variant is shown, each item marked with the variant it applies to. The
 * choice is kept in the address (`?age=minor&length=long`) so it can be shared.
 */
export function enhancePlanVariants(): void {
  const form = document.querySelector<HTMLElement>('[data-plan-variants]');
  if (!form) return;
  const note = document.querySelector<HTMLElement>('[data-all-variants]');
  const params = new URLSearchParams(location.search);
  for (const name of ['age', 'length']) {
    const value = params.get(name);
    const radio = value ? form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`) : null;
    if (radio) radio.checked = true;
  }

  const apply = () => {
    const chosen = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? 'all';
    const age = chosen('age');
    const length = chosen('length');
    for (const item of document.querySelectorAll<HTMLElement>('[data-item]')) {
      const wrongAge = age !== 'all' && item.dataset.age && item.dataset.age !== age;
      const wrongLength = length !== 'all' && item.dataset.length && item.dataset.length !== length;
      item.hidden = Boolean(wrongAge || wrongLength);
    }
    if (note) note.hidden = age !== 'all' || length !== 'all';
    const url = new URL(location.href);
    for (const [name, value] of [['age', age], ['length', length]]) {
      if (value === 'all') url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    history.replaceState(null, '', url);
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  apply();
}
