// Search in the page, loaded on first focus of the header field (see SearchBox.astro). In the
// header, results drop down under the field; on the search page they fill the page and follow the
// URL (?q=…), so a search can be shared and back and forward replay it.
import { SearchEngine, type SearchResults } from '../lib/search/engine';
import type { Segment } from '../lib/search/snippet';

const el = (tag: string, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

const marked = (parent: HTMLElement, segments: Segment[]) =>
  parent.append(...segments.map(([text, isMatch]) => (isMatch ? el('mark', '', text) : text)));

/** Wires search into a SearchBox: the header field, its drop-down, and the search page when this is it. */
export function attach(box: HTMLElement): void {
  const input = box.querySelector('input')!;
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const scope = page ?? box;
  const list = scope.querySelector<HTMLElement>('[role=listbox]')!;
  const status = scope.querySelector<HTMLElement>('[role=status]')!;
  const panel = page ? list : box.querySelector<HTMLElement>('.search-panel')!;
  const empty = box.querySelector<HTMLElement>('.search-empty')!;
  const note = scope.querySelector<HTMLElement>('.search-instead')!;
  const searchPage = box.querySelector('form')!.action;
  const base = box.dataset.index!;
  const engine = SearchEngine.open(async (name) => {
    const response = await fetch(base + name);
    if (!response.ok) throw new Error(`${response.status} ${name}`);
    return response.json();
  });
  input.setAttribute('aria-controls', list.id);
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = 0;

  const open = (show: boolean) => {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', String(show && options.length > 0));
  };

  const select = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const option = options[i];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const render = (query: string, results: SearchResults | undefined) => {
    options = [];
    select(-1);
    const groups = new Map<string, HTMLElement>();
    const option = (label: string, href: string) => {
      let group = groups.get(label);
      if (!group) {
        group = el('div', 'search-group');
        const heading = el('div', 'search-group-label', label);
        heading.id = `${list.id}-g${groups.size}`;
        group.setAttribute('role', 'group');
        group.setAttribute('aria-labelledby', heading.id);
        group.append(heading);
        groups.set(label, group);
      }
      const link = el('a', 'search-option') as HTMLAnchorElement;
      Object.assign(link, { href, id: `${list.id}-${options.length}`, tabIndex: -1 });
      link.setAttribute('role', 'option');
      link.setAttribute('aria-selected', 'false');
      options.push(link);
      group.append(link);
      return link;
    };
    // "Figure · migrants · Fox News over 8,000 ≠ UPI about 6,000 · conflict"
    for (const fact of results?.facts ?? []) {
      const link = option('Facts', fact.href);
      link.append(el('span', 'search-kind', `${fact.kind} · `));
      marked(link, fact.label);
      if (fact.detail.length) link.append(' · '), marked(link, fact.detail);
      link.append(` · ${fact.reach}`, el('span', 'search-meta', fact.story));
    }
    for (const hit of results?.paragraphs ?? []) marked(option(`${hit.story} · ${hit.outlet}`, hit.href), hit.snippet);
    list.replaceChildren(...groups.values());

    const shown = query.trim().slice(0, 60);
    const total = results?.total ?? 0;
    const message = !results
      ? 'Search is not available right now.'
      : total
        ? `${total}${results.exact ? '' : '+'} result${total === 1 ? '' : 's'}${options.length < total ? `, showing ${options.length}` : ''}`
        : `No results for “${shown}”.`;
    // Results that came from other spellings or forms say so, with a way back to the exact words.
    const instead = results?.instead && options.length ? results.instead : undefined;
    note.hidden = !instead;
    note.replaceChildren();
    if (instead) {
      const exact = el('a', '', `Search for ${instead.query} instead`) as HTMLAnchorElement;
      exact.href = `${searchPage}?${new URLSearchParams({ q: instead.query })}`;
      note.append('Showing results for ', el('strong', '', instead.words), '. ', exact);
    }
    status.textContent = shown ? (instead ? `Showing results for ${instead.words}: ${message}` : message) : '';
    empty.textContent = options.length ? '' : status.textContent;
    open(page ? options.length > 0 : shown.length > 0);
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    let results: SearchResults | undefined;
    try {
      results = await (await engine).search(query, page ? 30 : 8);
    } catch {
      results = undefined;
    }
    if (ticket === latest) render(query, results);
  };

  const queryInUrl = () => new URLSearchParams(location.search).get('q') ?? '';
  const pageUrl = (query: string) => (query ? `?${new URLSearchParams({ q: query })}` : location.pathname);

  // On the search page, the first keystroke of a new query adds a history entry and later ones
  // update it, so back returns to the query before.
  let editing = false;
  input.addEventListener('input', () => {
    if (page) history[editing ? 'replaceState' : 'pushState'](null, '', pageUrl(input.value));
    editing = true;
    void run(input.value);
  });
  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count) {
      event.preventDefault();
      open(true);
      select(event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count);
    } else if (event.key === 'Enter' && options[active]) {
      event.preventDefault();
      options[active]!.click();
    } else if (event.key === 'Escape' && !page && !panel.hidden) {
      event.preventDefault();
      open(false);
    }
  });
  // Keep focus in the field while a result is clicked, so the drop-down stays until the click lands.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  panel.addEventListener('click', () => page || open(false));
  input.addEventListener('focus', () => page || open(input.value.trim().length > 0));
  box.addEventListener('focusout', (event) => {
    if (!page && !box.contains(event.relatedTarget as Node | null)) open(false);
  });

  if (page) {
    box.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      editing = false;
    });
    const follow = () => {
      editing = false;
      input.value = queryInUrl();
      void run(input.value);
    };
    addEventListener('popstate', follow);
    follow();
  } else if (input.value) {
    void run(input.value);
  }
}
