/**
 * Shows a glossary term's short definition next to its link: on hover, on
 * keyboard focus, and on a first tap on touch screens (a second tap, or the
 * "open" link in the preview, follows the link). Without this script the term
 * is a plain link, and screen readers get the definition as its description.
 */
export function enhanceTermLinks(): void {
  const store = document.querySelector<HTMLElement>('.term-previews');
  if (!store) return;
  const bubble = document.createElement('div');
  bubble.className = 'term-bubble';
  bubble.setAttribute('role', 'tooltip');
  bubble.hidden = true;
  document.body.append(bubble);
  // The link whose preview a tap opened: a second tap on it follows it.
  let tapped: HTMLAnchorElement | undefined;
  // Not every browser says on the click itself whether a finger made it.
  let lastPointerType = 'mouse';

  const hide = () => {
    bubble.hidden = true;
    tapped = undefined;
  };

  const show = (link: HTMLAnchorElement, withOpenLink: boolean) => {
    const source = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    if (!source) return;
    bubble.replaceChildren();
    const text = document.createElement('p');
    text.lang = source.lang;
    text.textContent = source.textContent;
    bubble.append(text);
    if (withOpenLink) {
      const open = document.createElement('a');
      open.href = link.href;
      open.textContent = store.dataset.openLabel ?? link.textContent ?? '';
      bubble.append(open);
    }
    bubble.hidden = false;
    const box = link.getBoundingClientRect();
    const width = Math.min(360, document.documentElement.clientWidth - 16);
    bubble.style.width = `${width}px`;
    bubble.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
    bubble.style.top = `${box.bottom + window.scrollY + 6}px`;
  };

  const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.term-link') : null) ?? undefined;

  document.addEventListener('pointerover', (event) => {
    const link = linkOf(event.target);
    if (link && event.pointerType === 'mouse') show(link, false);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'mouse' && linkOf(event.target) && !linkOf(event.relatedTarget)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link) show(link, false);
    else if (!bubble.contains(event.target as Node)) hide();
  });
  document.addEventListener('pointerdown', (event) => {
    lastPointerType = event.pointerType;
  });
  document.addEventListener('click', (event) => {
    const link = linkOf(event.target);
    const touch = lastPointerType === 'touch';
    if (link && touch && tapped !== link) {
      event.preventDefault();
      show(link, true);
      tapped = link;
    } else if (!link && !bubble.contains(event.target as Node)) {
      hide();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !bubble.hidden) hide();
  });
}
