// Browser only: <kb-analyzer> reads a pasted response locally. Nothing pasted leaves the page: no
// request is made with it, it never goes into the URL or storage, and everything shown comes from
// the redacted analysis, inserted as text (HTML in a paste is never rendered).
import { diagnosePaste, pasteModel, type PasteData, type PasteDiagnosis } from '../lib/paste-diagnosis.ts';
import { recognizedSummary } from '../lib/paste-summary.ts';
import { serializeState } from '../lib/wizard/url-state.ts';
import { MAX_INPUT } from '../lib/analyzer/index.ts';

interface Payload extends PasteData {
  entries: Record<string, string>;
}

const EXAMPLE = `$ curl -v https://api.example.com/v1/invoices
> GET /v1/invoices HTTP/2
> Host: api.example.com
> Authorization: Bearer EXAMPLE_TOKEN_NOT_REAL
>
< HTTP/2 401
< content-type: application/json
< www-authenticate: Bearer realm="example", error="invalid_token", error_description="The access token expired"
<
{"error":"invalid_token","error_description":"The access token expired"}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

class KbAnalyzer extends HTMLElement {
  #data!: Payload;
  #model!: ReturnType<typeof pasteModel>;

  connectedCallback() {
    const script = this.querySelector('script[data-analyzer-data]');
    const form = this.querySelector<HTMLFormElement>('[data-analyzer-form]');
    const out = this.querySelector<HTMLElement>('[data-analyzer-out]');
    const textarea = this.querySelector<HTMLTextAreaElement>('textarea');
    if (!script || !form || !out || !textarea) return;
    this.querySelector<HTMLElement>('[data-analyzer-nojs]')!.hidden = true;
    this.#data = JSON.parse(script.textContent ?? '{}') as Payload;
    this.#model = pasteModel(this.#data);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run(textarea.value, out);
    });
    form.addEventListener('reset', () => out.replaceChildren());
    this.querySelector('[data-analyzer-example]')?.addEventListener('click', () => {
      textarea.value = EXAMPLE;
      this.run(EXAMPLE, out);
    });
  }

  run(text: string, out: HTMLElement) {
    if (!text.trim()) {
      out.replaceChildren(el('p', { class: 'note', role: 'alert' }, 'Paste a response or an error message first.'));
      return;
    }
    const d = diagnosePaste(text, new Date(), this.#data, this.#model);
    out.replaceChildren(...this.render(d, text.length));
    out.querySelector<HTMLElement>('h2')?.focus();
  }

  render(d: PasteDiagnosis, length: number): Node[] {
    const base = this.dataset['base'] ?? '/';
    const r = recognizedSummary(d);
    const nodes: Node[] = [];
    if (length > MAX_INPUT) nodes.push(el('p', { class: 'note', role: 'alert' }, `That paste is ${Math.round(length / 1024)} KB; only the first ${MAX_INPUT / 1024} KB were read.`));
    nodes.push(
      el('h2', { id: 'analysis', tabindex: '-1' }, 'What the response says'),
      r.lines.length
        ? el('ul', { class: 'recognized', 'data-recognized': '' }, ...r.lines.map((l) => el('li', {}, l)))
        : el('p', {}, 'Nothing specific was recognized: no status line, authentication header or known message.'),
    );
    for (const [i, j] of d.analysis.jwts.slice(0, 3).entries()) {
      const rows: [string, string][] = [
        ['alg', j.alg ?? '—'],
        ['iss', j.iss ?? '—'],
        ['aud', j.aud?.join(', ') ?? '—'],
        ['iat (issued)', j.issuedAt ?? '—'],
        ['nbf (not before)', j.notBefore ? `${j.notBefore}${j.notYetValid ? ' — NOT VALID YET on this device’s clock' : ''}` : '—'],
        ['exp (expires)', j.expiresAt ? `${j.expiresAt}${j.expired ? ' — EXPIRED on this device’s clock' : ''}` : '—'],
      ];
      nodes.push(
        el('h3', {}, `JSON Web Token ${i + 1}, decoded in your browser`),
        el('table', { 'data-jwt': '' }, el('tbody', {}, ...rows.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v))))),
      );
      if (j.expired !== null || j.notYetValid !== null) {
        nodes.push(el('p', { class: 'meta' }, 'Times are checked against this device’s clock; if it is off by minutes, so is this verdict (servers usually allow a little skew).'));
      }
    }
    const top = d.ranked.filter((x) => x.probability > 0).slice(0, 3);
    nodes.push(el('h2', { id: 'likely' }, d.informative ? 'Most likely causes' : 'Not enough to go on: the most common causes'));
    nodes.push(
      el('ol', { class: 'wizard-results-list' }, ...top.map((x) => {
        const why = x.why.filter((w) => w.effect !== 'status-match').map((w) => {
          if (w.question === 'message') return `the response contains “${w.answer}”`;
          if (w.question === 'status') return `status ${w.answer} is unusual for it`;
          const q = this.#data.questions.find((y) => y.id === w.question);
          return `${q?.prompt ?? w.question} ${q?.answers.find((a) => a.id === w.answer)?.label ?? w.answer}`;
        });
        return el('li', { class: 'cause', 'data-cause': x.key },
          el('h3', {}, el('a', { href: `${base}errors/${x.cause.entry}/#${x.cause.id}` }, x.cause.title)),
          el('p', { class: 'meta' }, el('strong', {}, `${Math.round(x.probability * 100)}% likely`), el('span', {}, `From: ${this.#data.entries[x.cause.entry] ?? x.cause.entry}`)),
          why.length ? el('p', {}, `Why: ${why.join('; ')}.`) : null,
        );
      })),
    );
    const query = serializeState({ status: d.evidence.status, answers: d.evidence.answers, cause: null });
    nodes.push(el('p', { class: 'actions' }, el('a', { class: 'btn btn-primary', href: `${base}diagnose/${query}`, 'data-continue': '' }, 'Continue in the wizard'), ' ', d.analysis.redactions.length ? el('span', {}, `${d.analysis.redactions.reduce((n, x) => n + x.count, 0)} secret(s) redacted.`) : null));
    const pre = el('pre', { tabindex: '0', 'data-redacted': '' });
    pre.textContent = d.analysis.redacted;
    nodes.push(el('details', {}, el('summary', {}, 'Show the paste with secrets redacted'), pre));
    return nodes;
  }
}

customElements.define('kb-analyzer', KbAnalyzer);
