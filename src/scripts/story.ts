// Linked reading on story pages. Focus, hover or tap a highlighted fact: every mention of the same
// fact lights up in all columns, and a card says what each report has, with links to the
// paragraphs. Enter moves into the card; Escape closes it; following a link in the card closes it
// and puts focus on the paragraph it names. Everything here is an enhancement: without JavaScript
// the marks, their descriptions and the summary are all in the HTML.

const LINKED = 'is-linked';

function mentionsOf(root: Document, mark: HTMLElement): HTMLElement[] {
  const { group, fact } = mark.dataset;
  const selector = group ? `mark.fact[data-group="${CSS.escape(group)}"]` : `mark.fact[data-fact="${CSS.escape(fact ?? '')}"]`;
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

function fillCard(root: Document, card: HTMLElement, mark: HTMLElement, mentions: HTMLElement[]) {
  const description = root.getElementById(mark.getAttribute('aria-describedby') ?? '');
  const what = root.createElement('p');
  what.append(root.createElement('strong'));
  what.firstChild!.textContent = description?.querySelector('.what')?.textContent ?? '';
  const summary = root.createElement('p');
  summary.textContent = description?.querySelector('.summary')?.textContent ?? '';
  const list = root.createElement('ul');
  const seen = new Set<string>();
  for (const mention of mentions) {
    const paragraph = mention.closest<HTMLElement>('[data-paragraph]');
    const column = mention.closest<HTMLElement>('[data-outlet]');
    if (!paragraph?.id || seen.has(paragraph.id)) continue;
    seen.add(paragraph.id);
    const link = root.createElement('a');
    link.href = `#${paragraph.id}`;
    link.textContent = `${column?.dataset.outlet ?? 'Report'}, paragraph ${paragraph.dataset.paragraph}`;
    const item = root.createElement('li');
    item.append(link);
    list.append(item);
  }
  card.replaceChildren(what, ...(summary.textContent ? [summary] : []), list);
  card.setAttribute('aria-label', what.textContent ?? 'Fact');
}

function place(card: HTMLElement, mark: HTMLElement) {
  const box = mark.getBoundingClientRect();
  card.hidden = false;
  const width = card.offsetWidth;
  const below = box.bottom + 8 + card.offsetHeight < window.innerHeight;
  card.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
  card.style.top = `${below ? box.bottom + 8 : Math.max(8, box.top - card.offsetHeight - 8)}px`;
}

/** Matches the width from which the detailed summary starts open (the stylesheet's wide layout). */
const WIDE = '(min-width: 56rem)';

/**
 * Makes the detailed summary's open state say what the reader sees. On wide screens the stylesheet
 * shows its content before any script runs; marking it open here (then enhanced, which hands the
 * content back to the open state) changes nothing on screen, so the page does not move.
 */
function enhanceGlance(root: Document) {
  const details = root.querySelector<HTMLDetailsElement>('details[data-glance]');
  if (!details) return;
  if (window.matchMedia(WIDE).matches) details.open = true;
  details.dataset.enhanced = '';
}

/** Moves to a paragraph named by an in-page link, as following the link would, and puts focus on it. */
function followToParagraph(root: Document, link: HTMLAnchorElement): boolean {
  const target = root.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target) return false;
  if (location.hash === link.hash) target.scrollIntoView();
  else location.hash = link.hash;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return true;
}

/** Wires linked highlighting and fact cards into a story page. */
export function enhanceStory(root: Document) {
  enhanceGlance(root);
  const card = root.getElementById('fact-card');
  if (!card) return;
  card.setAttribute('role', 'dialog');
  let active: HTMLElement | undefined;

  const close = () => {
    root.querySelectorAll(`.${LINKED}`).forEach((m) => m.classList.remove(LINKED));
    card.hidden = true;
    active = undefined;
  };
  const open = (mark: HTMLElement) => {
    if (active === mark) return;
    close();
    const mentions = mentionsOf(root, mark);
    mentions.forEach((m) => m.classList.add(LINKED));
    fillCard(root, card, mark, mentions);
    place(card, mark);
    active = mark;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('mark.fact') : null);

  root.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) open(mark);
    else if (!card.contains(event.target as Node)) close();
  });
  root.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) open(mark);
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && active) {
      // Focus first: focusing the still-active mark is a no-op, so the card stays closed after.
      active.focus();
      close();
    } else if (event.key === 'Enter' && markOf(event.target) && active) {
      card.querySelector('a')?.focus();
      event.preventDefault();
    }
  });
  root.addEventListener('click', (event) => {
    if (!markOf(event.target) && !card.contains(event.target as Node)) close();
  });
  // A link in the card: close the card, go to the paragraph and leave focus there, not on the page.
  card.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    if (!link) return;
    event.preventDefault();
    close();
    followToParagraph(root, link);
  });
  window.addEventListener('scroll', () => active && place(card, active), { passive: true });
}
