// Browser only: <kb-search-page> runs Pagefind's Component UI on /search/ and keeps the query in
// the URL (?q=…), so a search can be linked, reloaded and shared. The Pagefind wiring itself is
// shared with the header dialog in public/kb-search.js.
interface SearchModule {
  loadPagefindUI(bundle: string, base?: string): Promise<{ getInstanceManager(): { getInstance(n: string): { on(e: string, cb: (t: unknown) => void, owner: unknown): void } } }>;
  searchElements(o: { bundle: string; base: string; filters: boolean; label: string }): DocumentFragment;
  runQuery(pf: unknown, root: Element, q: string): void;
  showExactMatches(box: HTMLElement, base: string, q: string): Promise<void>;
}

/** The words of a missing URL, for the 404 page: "/errors/api-key-expird/" → "api key expird". */
export function wordsFromPath(path: string): string {
  let p = path;
  try {
    p = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  return p
    .split(/[/\-_.+\s]+/)
    .filter((w) => w && !/^(errors|index|html?|www)$/i.test(w))
    .join(' ');
}

class KbSearchPage extends HTMLElement {
  async connectedCallback() {
    const app = this.querySelector<HTMLElement>('[data-search-app]')!;
    const results = this.querySelector<HTMLElement>('[data-search-results]')!;
    const shortcut = this.querySelector<HTMLElement>('[data-code-shortcut]')!;
    const nojs = this.querySelector<HTMLElement>('[data-search-nojs]')!;
    const fallback = this.querySelector<HTMLFormElement>('[data-search-fallback]')!;
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    const base = this.dataset['base'] ?? '/';
    const codes = JSON.parse(this.dataset['codes'] ?? '{}') as Record<string, string>;
    const q = (this.dataset['queryFrom'] === 'path' ? wordsFromPath(location.pathname) : (new URLSearchParams(location.search).get('q') ?? '')).slice(0, 200);
    const syncUrl = this.dataset['queryFrom'] !== 'path';
    nojs.hidden = true;
    let mod: SearchModule;
    let pf: Awaited<ReturnType<SearchModule['loadPagefindUI']>>;
    try {
      mod = (await import(/* @vite-ignore */ this.dataset['module'] ?? '/kb-search.js')) as SearchModule;
      pf = await mod.loadPagefindUI(bundle, base);
    } catch (e) {
      nojs.hidden = false;
      nojs.textContent = (e as Error).message;
      return;
    }
    fallback.hidden = true;
    results.append(mod.searchElements({ bundle, base, filters: true, label: 'Search: 401, “Bad credentials”, WWW-Authenticate…' }));
    const exact = document.createElement('div');
    exact.className = 'kb-exact';
    exact.setAttribute('data-exact', '');
    results.querySelector('pagefind-results')?.before(exact);
    app.hidden = false;
    const showShortcut = (term: string) => {
      const code = term.trim();
      const title = /^\d{3}$/.test(code) ? codes[code] : undefined;
      shortcut.hidden = !title;
      if (title) {
        const a = document.createElement('a');
        a.href = `${base}errors/${code}/`;
        a.className = 'btn btn-primary';
        a.textContent = `Go to ${title}`;
        shortcut.replaceChildren(a);
      }
    };
    pf.getInstanceManager().getInstance('default').on('search', (term) => {
      const t = String(term ?? '');
      if (syncUrl) {
        const url = new URL(location.href);
        if (t) url.searchParams.set('q', t);
        else url.searchParams.delete('q');
        history.replaceState(null, '', url);
      }
      showShortcut(t);
      void mod.showExactMatches(exact, base, t);
    }, this);
    if (q) mod.runQuery(pf, this, q);
    if (syncUrl) this.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
  }
}

customElements.define('kb-search-page', KbSearchPage);
