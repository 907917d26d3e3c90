/**
 * Citation previews: a citation's full reference, shown under it on hover,
 * on keyboard focus and, on a touch screen, on the first tap (the second
 * follows the link to the reference list). They meet WCAG 1.4.13: the
 * pointer can move onto a preview without it closing, Escape closes it
 * without moving focus or the pointer, and it stays until then.
 *
 * Without this script nothing is lost: the citation links to the reference
 * list, which links back, and screen readers read the reference through
 * aria-describedby. The markup comes from src/citations/render.ts.
 */

/** Time for the pointer to cross from a citation to its preview (or back) before the preview closes. */
const CLOSE_DELAY_MS = 300;
/** Space kept between a preview and the edge of the window, and between it and its citation. */
const MARGIN_PX = 8;
const GAP_PX = 4;

const citeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.cite') : null);

export function startCitationPreviews(): void {
  // Links inside a preview (a DOI) are for the pointer: from the keyboard the
  // citation leads to the reference list, where the same link is a tab stop.
  for (const link of document.querySelectorAll<HTMLElement>('.cite__preview a')) link.tabIndex = -1;

  let open: HTMLElement | undefined;
  /** Closed with Escape: stays closed until the pointer and focus have left it. */
  let dismissed: HTMLElement | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** A touch on a citation link, and whether its preview was open before it. */
  let touch: { cite: HTMLElement; wasOpen: boolean } | undefined;

  const hide = () => {
    clearTimeout(closeTimer);
    open?.classList.remove('cite--open');
    open = undefined;
  };
  const show = (cite: HTMLElement) => {
    clearTimeout(closeTimer);
    if (cite === open || cite === dismissed) return;
    hide();
    open = cite;
    cite.classList.add('cite--open');
    place(cite);
  };
  const leave = (cite: HTMLElement, stillThere: boolean) => {
    if (stillThere) return;
    if (cite === dismissed) dismissed = undefined;
    if (cite === open) closeTimer = setTimeout(hide, CLOSE_DELAY_MS);
  };

  document.addEventListener('pointerover', (event) => {
    const cite = citeOf(event.target);
    if (cite && event.pointerType === 'mouse') show(cite);
  });
  document.addEventListener('pointerout', (event) => {
    const cite = citeOf(event.target);
    if (cite && event.pointerType === 'mouse') leave(cite, cite.contains(event.relatedTarget as Node | null) || cite.contains(document.activeElement));
  });
  document.addEventListener('focusin', (event) => {
    const cite = citeOf(event.target);
    if (cite) show(cite);
  });
  document.addEventListener('focusout', (event) => {
    const cite = citeOf(event.target);
    if (cite) leave(cite, cite.contains(event.relatedTarget as Node | null) || cite.matches(':hover'));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open) return;
    dismissed = open;
    hide();
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse') return;
    const cite = citeOf(event.target);
    touch = cite && event.target instanceof Element && event.target.closest('.cite__link') ? { cite, wasOpen: cite === open } : undefined;
    if (!cite) hide();
  });
  document.addEventListener('click', (event) => {
    const tapped = touch;
    touch = undefined;
    const cite = citeOf(event.target);
    if (!tapped || cite !== tapped.cite || tapped.wasOpen || !(event.target instanceof Element) || !event.target.closest('.cite__link')) return;
    // The first tap shows the reference here instead of leaving the paragraph.
    event.preventDefault();
    dismissed = undefined;
    show(cite);
  });
}

/**
 * Puts the open preview under its citation (above it when there is no room
 * below), inside the window, so it never makes the page scroll sideways.
 */
function place(cite: HTMLElement): void {
  const link = cite.querySelector('.cite__link');
  const preview = cite.querySelector<HTMLElement>('.cite__preview');
  const container = preview?.offsetParent;
  if (!link || !preview || !container) return;
  // A citation can wrap: the preview goes under its last line or over its first.
  const lines = [...link.getClientRects()];
  const first = lines[0] ?? link.getBoundingClientRect();
  const last = lines[lines.length - 1] ?? first;
  const box = container.getBoundingClientRect();
  const width = preview.offsetWidth;
  const height = preview.offsetHeight;
  const viewport = document.documentElement;
  const below = last.bottom + GAP_PX + height + MARGIN_PX <= viewport.clientHeight || first.top - GAP_PX - height < MARGIN_PX;
  const top = below ? last.bottom + GAP_PX : first.top - GAP_PX - height;
  const left = Math.max(MARGIN_PX, Math.min((below ? last : first).left, viewport.clientWidth - MARGIN_PX - width));
  preview.style.left = `${left - box.left - container.clientLeft}px`;
  preview.style.top = `${top - box.top - container.clientTop}px`;
}
