/**
 * The only search code on every page: it waits for the reader to start a
 * search (focus or typing in the header field, `/` or Ctrl-K) and only then
 * loads the search panel and, through it, the index.
 */
export function watchHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input) return;
  let loading: Promise<void> | undefined;
  const start = () => {
    loading ??= import('./header-panel.ts').then(({ openHeaderPanel }) => openHeaderPanel(form, input));
    return loading;
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    const slash = event.key === '/' && !typing;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (slash || ctrlK) {
      event.preventDefault();
      input.focus();
      void start();
    }
  });
}
