// Linked reading on story pages. Focus, hover or tap a highlighted fact: every mention of the same
// fact lights up in all columns, and a card says what each report has, with links to the
// paragraphs. Enter moves into the card; Escape closes it. Everything here is an enhancement:
// without JavaScript the marks, their descriptions and the summary are all in the HTML.

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

/** Wires linked highlighting and fact cards into a story page. */
export function enhanceStory(root: Document) {
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
  window.addEventListener('scroll', () => active && place(card, active), { passive: true });
}
