/**
 * Lets readers pick countries and facts on the comparison page. The table is
 * complete without this script; the script only hides rows and columns, and
 * keeps the choice in the address (`?c=fi,xk&f=eu,nqf`) so that a twinning can
 * link to the comparison of its two countries.
 */
export function enhanceComparePicker(): void {
  const form = document.querySelector<HTMLElement>('[data-compare-picker]');
  const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
  if (!form || !table) return;
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const params = new URLSearchParams(location.search);
  for (const name of ['c', 'f']) {
    const wanted = params.get(name)?.split(',').filter(Boolean);
    if (wanted && wanted.length > 0) for (const box of boxes(name)) box.checked = wanted.includes(box.value);
  }

  const apply = () => {
    const countries = boxes('c').filter((box) => box.checked).map((box) => box.value);
    const facts = boxes('f').filter((box) => box.checked).map((box) => box.value);
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-country]')) row.hidden = !countries.includes(row.dataset.country!);
    for (const cell of table.querySelectorAll<HTMLElement>('[data-fact]')) cell.hidden = !facts.includes(cell.dataset.fact!);
    const url = new URL(location.href);
    const all = (name: string) => boxes(name).every((box) => box.checked);
    if (all('c')) url.searchParams.delete('c');
    else url.searchParams.set('c', countries.join(','));
    if (all('f')) url.searchParams.delete('f');
    else url.searchParams.set('f', facts.join(','));
    history.replaceState(null, '', url);
  };

  form.hidden = false;
  form.addEventListener('change', apply);
  form.querySelector('[data-show-all]')?.addEventListener('click', () => {
    for (const box of [...boxes('c'), ...boxes('f')]) box.checked = true;
    apply();
  });
  apply();
}
