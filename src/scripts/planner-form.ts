/**
 * Turns the planner's choices into the address of the route's checklist page.
 * Without this script the page lists every route as a link instead.
 */
export function enhancePlanner(): void {
  const form = document.querySelector<HTMLFormElement>('[data-planner]');
  if (!form) return;
  const error = form.querySelector<HTMLElement>('[data-same-country]');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const from = String(data.get('from'));
    const to = String(data.get('to'));
    if (from === to) {
      if (error) error.hidden = false;
      return;
    }
    const url = new URL(form.dataset.routeTemplate!.replace('FROM', from).replace('TO', to), location.href);
    for (const name of ['age', 'length']) {
      const value = String(data.get(name));
      if (value !== 'all') url.searchParams.set(name, value);
    }
    location.assign(url);
  });
}
