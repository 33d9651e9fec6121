// @ts-check
// Browser only, loaded on intent (focus on the search box, "/" or Ctrl/Cmd+K), never on first
// paint. Shared by the header's search dialog and the /search/ page. Plain JS in public/ so the
// page's tiny inline script can load it by a fixed URL.

/** @type {Promise<any> | undefined} */
let loading;

/**
 * Loads Pagefind's Component UI (written by pagefind into dist/pagefind/) once, configures the
 * default instance and starts loading the index and wasm right away, so the work overlaps with
 * the user's typing instead of following the first keystroke.
 * @param {string} bundle
 * @param {string} [base]
 */
export function loadPagefindUI(bundle, base = '/') {
  loading ??= new Promise((resolve, reject) => {
    for (const href of [`${bundle}pagefind-component-ui.css`, new URL('kb-search.css', import.meta.url).href]) {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = href;
      document.head.append(css);
    }
    const s = document.createElement('script');
    s.src = `${bundle}pagefind-component-ui.js`;
    s.onload = () => {
      if (!('PagefindComponents' in window)) return reject(new Error('Pagefind UI did not start'));
      const pf = /** @type {any} */ (window).PagefindComponents;
      // Configured here, before anything loads (a <pagefind-config> arriving later would be ignored).
      pf.configureInstance('default', { bundlePath: bundle, baseUrl: base, excerptLength: 24 });
      void pf.getInstanceManager().getInstance('default').triggerLoad();
      resolve(pf);
    };
    s.onerror = () => reject(new Error('Search needs a build: run `npm run build` (or `npm start`). `astro dev` has no search index.'));
    document.head.append(s);
  });
  return loading;
}

/** Result template: code badge, title, highlighted excerpt, causes as sub-results. */
const RESULT_TEMPLATE = `<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content">
<p class="pf-result-title">{{#if meta.code}}<span class="kb-code">{{ meta.code }}</span> {{/if}}<a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
</div></div>
{{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}
</li>`;

const FILTERS = [['code', 'Status code'], ['kind', 'Kind'], ['category', 'Cause category'], ['severity', 'Severity'], ['tag', 'Tag']];

/**
 * Pagefind elements for a search area.
 * @param {{ bundle: string, base: string, filters: boolean, label: string }} o
 */
export function searchElements(o) {
  const f = document.createDocumentFragment();
  const input = document.createElement('pagefind-input');
  input.setAttribute('placeholder', o.label);
  // Pagefind's default debounce would spend most of a 100 ms keystroke-to-result budget by itself.
  input.setAttribute('debounce', '40');
  const live = document.createElement('div');
  live.setAttribute('aria-live', 'polite');
  live.append(document.createElement('pagefind-summary'));
  f.append(input, live);
  if (o.filters) {
    const bar = document.createElement('div');
    bar.className = 'kb-filters';
    for (const [name, label] of FILTERS) {
      const d = document.createElement('pagefind-filter-dropdown');
      d.setAttribute('filter', String(name));
      d.setAttribute('label', String(label));
      bar.append(d);
    }
    f.append(bar);
  }
  if (o.filters) labelDropdowns(f);
  const results = document.createElement('pagefind-results');
  results.setAttribute('max-sub-results', '3');
  const tpl = document.createElement('script');
  tpl.type = 'text/pagefind-template';
  tpl.textContent = RESULT_TEMPLATE;
  results.append(tpl);
  f.append(results);
  return f;
}

/**
 * Pagefind's dropdown triggers have role="combobox", which takes no name from its text: give each
 * the label it shows, whenever Pagefind (re)renders one.
 */
function labelDropdowns(/** @type {DocumentFragment} */ f) {
  const dropdowns = [...f.querySelectorAll('pagefind-filter-dropdown')];
  const apply = () => {
    for (const d of dropdowns) {
      const t = d.querySelector('.pf-dropdown-trigger');
      const label = d.getAttribute('label') ?? '';
      if (t && t.getAttribute('aria-label') !== label) t.setAttribute('aria-label', label);
    }
  };
  for (const d of dropdowns) new MutationObserver(apply).observe(d, { childList: true, subtree: true });
}

/** @type {Promise<[string, string, string, string][]> | undefined} */
let messages;
const norm = (/** @type {string} */ s) => s.toLowerCase().replace(/[\s"'“”‘’]+/g, ' ').trim();

/**
 * Vendor messages that the query quotes exactly, or that a pasted full message contains: people
 * paste error text, and an exact hit is worth more than any ranking. Shown above the results.
 * @param {string} base
 * @param {string} query
 */
export async function exactMatches(base, query) {
  const q = norm(query);
  if (q.length < 6) return [];
  messages ??= fetch(`${base}api/messages.json`).then((r) => (r.ok ? r.json() : []), () => []);
  const rows = await messages;
  const hits = rows.filter(([text]) => {
    const t = norm(text);
    return t.length >= 6 && (t === q || q.includes(t) || (q.length >= 12 && t.includes(q)));
  });
  return hits.slice(0, 4);
}

/** Renders exact matches into `box` (cleared when there are none). */
export async function showExactMatches(/** @type {HTMLElement} */ box, /** @type {string} */ base, /** @type {string} */ query) {
  const hits = await exactMatches(base, query);
  if (!hits.length) {
    box.replaceChildren();
    return;
  }
  const list = document.createElement('ul');
  for (const [text, vendor, title, href] of hits) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = title;
    const code = document.createElement('code');
    code.textContent = text;
    li.append(a, ' — ', code, ` (${vendor})`);
    list.append(li);
  }
  const p = document.createElement('p');
  p.innerHTML = '<strong>Exact message match</strong>';
  box.replaceChildren(p, list);
}

/** Sets the visible input's value and runs the search. */
export function runQuery(/** @type {any} */ pf, /** @type {Element} */ root, /** @type {string} */ q) {
  const input = /** @type {HTMLInputElement | null} */ (root.querySelector('pagefind-input input'));
  if (input) input.value = q;
  pf.getInstanceManager().getInstance('default').triggerSearch(q);
}

/**
 * The header's search dialog: a native <dialog> (focus trap, Escape, focus return).
 * @param {string} initial text to search for
 * @param {boolean} [append] add to what the dialog's input already holds (keystrokes typed into
 *   the header box while this module or Pagefind was still loading)
 */
async function openDialog(initial, append = false) {
  const form = /** @type {HTMLFormElement | null} */ (document.querySelector('[data-search-form]'));
  if (!form) return;
  let dialog = /** @type {HTMLDialogElement | null} */ (document.getElementById('kb-search-dialog'));
  const bundle = form.dataset.bundle ?? '/pagefind/';
  const base = form.dataset.base ?? '/';
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'kb-search-dialog';
    dialog.className = 'kb-search-dialog';
    dialog.setAttribute('aria-labelledby', 'kb-search-title');
    const head = document.createElement('div');
    head.className = 'kb-search-head';
    const h = document.createElement('h2');
    h.id = 'kb-search-title';
    h.textContent = 'Search the guide';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog?.close());
    head.append(h, close);
    const body = document.createElement('div');
    body.className = 'kb-search-body';
    dialog.append(head, body);
    dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog?.close(); });
    // A modal <dialog> makes the page inert, but Tab past its last control would leave for the
    // browser's own UI: wrap around instead, so keyboard focus stays in the dialog.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab' || !dialog) return;
      const focusable = [...dialog.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el instanceof HTMLElement && el.offsetParent !== null);
      const first = /** @type {HTMLElement | undefined} */ (focusable[0]);
      const last = /** @type {HTMLElement | undefined} */ (focusable[focusable.length - 1]);
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    });
    dialog.addEventListener('close', () => opener?.focus());
    document.body.append(dialog);
    try {
      const pf = await loadPagefindUI(bundle, base);
      body.append(searchElements({ bundle, base, filters: false, label: 'Code, message or header…' }));
      const exact = document.createElement('div');
      exact.className = 'kb-exact';
      exact.setAttribute('data-exact', '');
      body.querySelector('pagefind-results')?.before(exact);
      const more = document.createElement('a');
      more.href = `${base}search/`;
      more.className = 'kb-search-more';
      more.textContent = 'Open the full search page with filters';
      body.append(more);
      const inst = pf.getInstanceManager().getInstance('default');
      inst.on('search', (/** @type {string} */ t) => {
        more.href = `${base}search/?q=${encodeURIComponent(t ?? '')}`;
        void showExactMatches(exact, base, t ?? '');
      }, dialog);
      dialog.showModal();
      if (initial) runQuery(pf, body, initial);
      /** @type {HTMLInputElement | null} */ (body.querySelector('pagefind-input input'))?.focus();
      return;
    } catch (e) {
      body.textContent = /** @type {Error} */ (e).message;
    }
  }
  if (!dialog.open) dialog.showModal();
  const input = /** @type {HTMLInputElement | null} */ (dialog.querySelector('pagefind-input input'));
  if (input) {
    if (initial) {
      const pf = await loadPagefindUI(bundle, base);
      runQuery(pf, dialog, append ? input.value + initial : initial);
    }
    input.focus();
  }
}

// Wire the header search box: typing in it, or a shortcut, opens the dialog with the text so far.
const headerInput = /** @type {HTMLInputElement | null} */ (document.querySelector('[data-search-input]'));
const headerForm = /** @type {HTMLFormElement | null} */ (document.querySelector('[data-search-form]'));
// This module is only imported on intent (focus, "/", Ctrl/Cmd+K): start loading search now.
if (headerForm) void loadPagefindUI(headerForm.dataset.bundle ?? '/pagefind/', headerForm.dataset.base ?? '/').catch(() => {});
if (headerInput && !headerInput.dataset.kbWired) {
  headerInput.dataset.kbWired = '1';
  const carryOver = () => {
    const q = headerInput.value;
    if (!q) return;
    headerInput.value = '';
    void openDialog(q, true);
  };
  headerInput.addEventListener('input', carryOver);
  document.addEventListener('kb-search-open', () => void openDialog(headerInput.value));
  // Text typed before this module arrived.
  carryOver();
}
// @ts-expect-error: set by the inline script when a shortcut asked for search before this loaded.
if (window.kbSearchOpen) void openDialog('');
