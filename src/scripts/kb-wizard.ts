// Browser only: <kb-wizard> turns the static /diagnose/ page into a one-question-at-a-time
// wizard. All state lives in the URL (see src/lib/wizard/url-state.ts); the engine decides.
import { buildModel, nextQuestion, rankCauses, NOT_SURE, type CauseModel, type Model, type QuestionModel, type Ranked } from '../lib/wizard/engine.ts';
import { parseState, serializeState, type StateContext, type WizardState } from '../lib/wizard/url-state.ts';

interface Payload {
  questions: QuestionModel[];
  help: Record<string, string>;
  causes: CauseModel[];
  statuses: { code: number; title: string }[];
  entries: Record<string, { title: string; related: string[] }>;
}

const EFFECT_WORD: Record<string, string> = {
  confirms: 'strongly points here',
  raises: 'points here',
  lowers: 'points away',
  contradicts: 'strongly points away',
  impossible: 'rules it out',
  'status-match': 'fits',
  'status-mismatch': 'does not usually fit',
  'message-match': 'the response quotes this cause’s message',
};
const PRIMARY_CODES = [401, 403, 400, 404, 405, 407, 415, 419, 429];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

class KbWizard extends HTMLElement {
  #data!: Payload;
  #model!: Model;
  #ctx!: StateContext;
  #app!: HTMLElement;
  #live!: HTMLElement;
  #base = '/';

  connectedCallback() {
    const script = this.querySelector('script[data-wizard-data]');
    const app = this.querySelector<HTMLElement>('[data-wizard-app]');
    const fallback = this.querySelector<HTMLElement>('[data-wizard-static]');
    if (!script || !app || !fallback) return;
    this.#data = JSON.parse(script.textContent ?? '{}') as Payload;
    this.#base = this.dataset['base'] ?? '/';
    this.#model = buildModel(this.#data.causes, this.#data.questions);
    this.#ctx = {
      questions: this.#data.questions,
      statuses: new Set(this.#data.statuses.map((s) => s.code)),
      causes: new Set(this.#data.causes.map((c) => c.key)),
    };
    this.#app = app;
    this.#live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-wizard-live': '' });
    this.append(this.#live);
    fallback.hidden = true;
    app.hidden = false;
    window.addEventListener('popstate', () => this.render(true));
    this.render(false);
  }

  get state() {
    return parseState(location.search, this.#ctx);
  }

  go(state: WizardState) {
    history.pushState(null, '', `${location.pathname}${serializeState(state)}`);
    this.render(true);
  }

  render(moveFocus: boolean) {
    const { state, notes } = this.state;
    const parts: Node[] = [];
    if (notes.length) {
      parts.push(el('div', { class: 'note', role: 'status', 'data-wizard-notes': '' }, el('p', {}, 'Some parts of this link were ignored:'), el('ul', {}, ...notes.map((n) => el('li', {}, n)))));
    }
    let heading: HTMLElement;
    if (state.cause) {
      heading = this.renderKnownCause(state, parts);
    } else if (state.status === null && !state.statusSkipped) {
      heading = this.renderStatusQuestion(parts);
    } else {
      const step = nextQuestion(this.#model, state);
      heading = step.done ? this.renderResults(state, parts) : this.renderQuestion(state, step.question, parts);
    }
    this.#app.replaceChildren(...parts);
    this.#live.textContent = heading.textContent ?? '';
    if (moveFocus) heading.focus();
  }

  progress(state: WizardState): HTMLElement {
    const top = rankCauses(this.#model, state)[0];
    const pct = Math.round((top?.probability ?? 0) * 100);
    const n = state.answers.length + 1 + (state.status !== null || state.statusSkipped ? 1 : 0);
    return el('p', { class: 'wizard-progress' }, `Question ${n} · leading cause ${pct}% likely `, el('progress', { max: '100', value: String(pct), 'aria-label': 'Confidence in the leading cause' }));
  }

  nav(state: WizardState): HTMLElement {
    const back = el('button', { class: 'btn', type: 'button', 'data-wizard-back': '' }, 'Back');
    back.addEventListener('click', () => {
      if (state.cause) this.go({ ...state, cause: null });
      else if (state.answers.length) this.go({ ...state, answers: state.answers.slice(0, -1) });
      else this.go({ status: null, answers: [], cause: null });
    });
    const restart = el('button', { class: 'btn', type: 'button', 'data-wizard-restart': '' }, 'Start over');
    restart.addEventListener('click', () => this.go({ status: null, answers: [], cause: null }));
    const hasState = state.status !== null || state.statusSkipped || state.answers.length > 0 || state.cause;
    return el('div', { class: 'actions' }, hasState ? back : null, hasState ? restart : null);
  }

  renderStatusQuestion(parts: Node[]): HTMLElement {
    const h = el('h2', { id: 'wizard-q', tabindex: '-1' }, 'Which status code did you get?');
    const button = (code: number | null, label: string) => {
      const b = el('button', { class: 'btn answer', type: 'button', 'data-answer': code === null ? NOT_SURE : String(code) }, label);
      b.addEventListener('click', () => this.go(code === null ? { status: null, statusSkipped: true, answers: [], cause: null } : { status: code, answers: [], cause: null }));
      return b;
    };
    const known = this.#data.statuses;
    const primary = PRIMARY_CODES.filter((c) => known.some((s) => s.code === c));
    const others = known.filter((s) => !primary.includes(s.code));
    const title = (code: number) => known.find((s) => s.code === code)?.title ?? String(code);
    parts.push(
      el('section', { class: 'wizard-q', 'aria-labelledby': 'wizard-q' },
        h,
        el('p', {}, 'It is the three-digit number on the first line of the response, e.g. ', el('code', {}, 'HTTP/1.1 401 Unauthorized'), '. In browser DevTools it is in the Network tab’s Status column.'),
        el('div', { class: 'answers', role: 'group', 'aria-labelledby': 'wizard-q' }, ...primary.map((c) => button(c, title(c))), button(null, 'Not sure')),
        others.length ? el('details', {}, el('summary', {}, 'Other codes'), el('div', { class: 'answers' }, ...others.map((s) => button(s.code, s.title)))) : null,
      ),
    );
    return h;
  }

  renderQuestion(state: WizardState, q: QuestionModel, parts: Node[]): HTMLElement {
    const h = el('h2', { id: 'wizard-q', tabindex: '-1' }, q.prompt);
    const help = el('div', { class: 'wizard-help' });
    help.innerHTML = this.#data.help[q.id] ?? '';
    const answer = (id: string, label: string) => {
      const b = el('button', { class: `btn answer${id === NOT_SURE ? ' not-sure' : ''}`, type: 'button', 'data-answer': id }, label);
      b.addEventListener('click', () => this.go({ ...state, answers: [...state.answers, [q.id, id]] }));
      return b;
    };
    parts.push(
      el('section', { class: 'wizard-q', 'aria-labelledby': 'wizard-q', 'data-question': q.id },
        this.progress(state),
        h,
        help,
        el('div', { class: 'answers', role: 'group', 'aria-labelledby': 'wizard-q' }, ...q.answers.map((a) => answer(a.id, a.label)), answer(NOT_SURE, 'Not sure')),
        this.nav(state),
      ),
      this.leaders(state),
    );
    return h;
  }

  leaders(state: WizardState): HTMLElement {
    const top = rankCauses(this.#model, state).slice(0, 3);
    return el('aside', { class: 'wizard-leaders', 'aria-label': 'Most likely so far' },
      el('p', {}, el('strong', {}, 'Most likely so far: ')),
      el('ol', {}, ...top.map((r) => el('li', {}, el('a', { href: this.causeUrl(r.cause) }, r.cause.title), ` (${Math.round(r.probability * 100)}%)`))),
    );
  }

  causeUrl(c: CauseModel): string {
    return `${this.#base}errors/${c.entry}/#${c.id}`;
  }

  answerLabel(q: string, a: string): string {
    if (q === 'status') return a;
    const question = this.#data.questions.find((x) => x.id === q);
    return a === NOT_SURE ? 'Not sure' : (question?.answers.find((x) => x.id === a)?.label ?? a);
  }

  promptOf(q: string): string {
    return q === 'status' ? 'Status code' : (this.#data.questions.find((x) => x.id === q)?.prompt ?? q);
  }

  resultItem(r: Ranked, showConfidence: boolean): HTMLElement {
    const c = r.cause;
    const entry = this.#data.entries[c.entry];
    const slot = el('div', { class: 'wizard-steps' });
    const show = el('button', { class: 'btn btn-primary', type: 'button', 'data-show-fix': c.key }, 'Show the fix');
    show.addEventListener('click', () => void this.loadSteps(c, slot, show));
    const why = r.why.filter((w) => w.effect !== 'status-match' || r.why.length === 1);
    return el('li', { class: 'cause wizard-result', 'data-cause': c.key },
      el('h3', {}, el('a', { href: this.causeUrl(c) }, c.title)),
      el('p', { class: 'meta' }, showConfidence ? el('strong', {}, `${Math.round(r.probability * 100)}% likely`) : null, el('span', {}, `From: ${entry?.title ?? c.entry}`)),
      why.length
        ? el('div', {}, el('p', {}, 'Why:'), el('ul', {}, ...why.map((w) => el('li', {}, `${this.promptOf(w.question)} — ${this.answerLabel(w.question, w.answer)}: ${EFFECT_WORD[w.effect] ?? w.effect}`))))
        : null,
      el('div', { class: 'actions' }, show, el('a', { class: 'btn', href: this.causeUrl(c) }, 'Open on its page')),
      slot,
    );
  }

  async loadSteps(c: CauseModel, slot: HTMLElement, button: HTMLButtonElement) {
    button.disabled = true;
    slot.textContent = 'Loading the steps…';
    try {
      const res = await fetch(`${this.#base}errors/${c.entry}/`);
      if (!res.ok) throw new Error(String(res.status));
      // Only the steps are needed: drop the page's styles and scripts before parsing, so this page's
      // CSP is not asked to judge another page's inline code.
      const html = (await res.text()).replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const section = doc.getElementById(c.id)?.closest('.cause');
      const ids = [...(section?.querySelectorAll<HTMLAnchorElement>('a[href^="#step-"]') ?? [])].map((a) => a.getAttribute('href')!.slice(1));
      const steps = ids.map((id) => doc.getElementById(id)?.closest<HTMLElement>('li.step') ?? null).filter((s): s is HTMLElement => s !== null);
      if (!steps.length) throw new Error('no steps');
      const list = el('ol', { class: 'steps' });
      for (const s of steps) {
        const li = document.importNode(s, true);
        li.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
        list.append(li);
      }
      slot.replaceChildren(el('h4', {}, 'Steps to fix it'), list);
      button.hidden = true;
    } catch {
      slot.replaceChildren(el('p', {}, 'Could not load the steps. ', el('a', { href: this.causeUrl(c) }, 'Open them on the entry page'), '.'));
      button.disabled = false;
    }
  }

  renderResults(state: WizardState, parts: Node[]): HTMLElement {
    const ranked = rankCauses(this.#model, state).filter((r) => r.probability > 0);
    const top = ranked.slice(0, 3);
    const h = el('h2', { id: 'wizard-results', tabindex: '-1' }, top.length ? `Most likely: ${top[0]!.cause.title}` : 'No known cause fits these answers');
    parts.push(
      el('section', { class: 'wizard-done', 'aria-labelledby': 'wizard-results', 'data-wizard-results': '' },
        h,
        el('ol', { class: 'wizard-results-list' }, ...top.map((r) => this.resultItem(r, true))),
        this.nav(state),
        this.stillStuck(state, top),
      ),
    );
    return h;
  }

  renderKnownCause(state: WizardState, parts: Node[]): HTMLElement {
    const ranked = rankCauses(this.#model, state).find((r) => r.key === state.cause)!;
    const h = el('h2', { id: 'wizard-results', tabindex: '-1' }, ranked.cause.title);
    parts.push(el('section', { class: 'wizard-done', 'aria-labelledby': 'wizard-results', 'data-wizard-results': '' }, h, el('ol', { class: 'wizard-results-list' }, this.resultItem(ranked, false)), this.nav(state), this.stillStuck(state, [ranked])));
    return h;
  }

  stillStuck(state: WizardState, top: Ranked[]): HTMLElement {
    const first = top[0]?.cause;
    const related = first ? (this.#data.entries[first.entry]?.related ?? []).slice(0, 4) : [];
    const copy = el('button', { class: 'btn', type: 'button', 'data-copy-summary': '' }, 'Copy a summary (Markdown)');
    const out = el('p', { role: 'status' });
    copy.addEventListener('click', () => {
      const md = this.summary(state, top);
      navigator.clipboard.writeText(md).then(
        () => { out.textContent = 'Summary copied.'; },
        () => { out.replaceChildren(el('textarea', { rows: '8', cols: '60', readonly: '', 'aria-label': 'Summary' }, md)); },
      );
    });
    const query = first ? first.title : String(state.status ?? '');
    return el('section', { 'aria-labelledby': 'still-stuck' },
      el('h2', { id: 'still-stuck' }, 'Still stuck?'),
      el('ul', {},
        el('li', {}, el('a', { href: `${this.#base}search/?q=${encodeURIComponent(query)}` }, 'Search the guide'), ' for the exact message you got.'),
        ...related.map((slug) => el('li', {}, el('a', { href: `${this.#base}errors/${slug}/` }, this.#data.entries[slug]?.title ?? slug))),
      ),
      copy,
      out,
    );
  }

  summary(state: WizardState, top: Ranked[]): string {
    const lines = ['## HTTP error diagnosis', '', `- Status: ${state.status ?? 'unknown'}`];
    for (const [q, a] of state.answers) lines.push(`- ${this.promptOf(q)} ${this.answerLabel(q, a)}`);
    lines.push('', 'Most likely causes:');
    for (const r of top) lines.push(`1. [${r.cause.title}](${new URL(this.causeUrl(r.cause), location.href).href})${state.cause ? '' : ` (${Math.round(r.probability * 100)}%)`}`);
    lines.push('', `Wizard: ${location.href}`);
    return lines.join('\n');
  }
}

customElements.define('kb-wizard', KbWizard);
