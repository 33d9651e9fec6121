// Used in Node and the browser: the wizard's whole state as a URL query, one documented format:
//   /diagnose/?status=401&<question-id>=<answer-id>&…&cause=<entry-slug>/<cause-id>
// Answers keep the order they were given. Tracking parameters are dropped silently; anything
// else that cannot be used is dropped with a note the page shows.
import { NOT_SURE, type Evidence, type QuestionModel } from './engine.ts';

export interface WizardState extends Evidence {
  /** A cause to open directly, "<entry-slug>/<cause-id>". */
  cause: string | null;
  /** True when the person said they do not know the status (status=not-sure). */
  statusSkipped?: boolean;
}

export interface ParsedState {
  state: WizardState;
  /** Human-readable notes about parameters that were ignored. */
  notes: string[];
}

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|igshid|yclid)$/i;

export interface StateContext {
  questions: readonly QuestionModel[];
  /** Status codes the wizard knows about. */
  statuses: ReadonlySet<number>;
  /** Keys "<entry>/<cause>" of every cause. */
  causes: ReadonlySet<string>;
}

const MAX_PARAMS = 64;
const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function parseState(search: string | URLSearchParams, ctx: StateContext): ParsedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notes: string[] = [];
  const state: WizardState = { status: null, answers: [], cause: null };
  const byId = new Map(ctx.questions.map((q) => [q.id, q]));
  let count = 0;
  for (const [key, value] of params) {
    if (++count > MAX_PARAMS) {
      notes.push(`Ignored parameters after the first ${MAX_PARAMS}.`);
      break;
    }
    if (TRACKING.test(key)) continue;
    if (key === 'status') {
      const n = /^\d{3}$/.test(value) ? Number(value) : NaN;
      if (value === NOT_SURE) state.statusSkipped = true;
      else if (ctx.statuses.has(n)) state.status = n;
      else notes.push(`Ignored status=${shown(value)}: not a 4xx status code this guide covers.`);
      continue;
    }
    if (key === 'cause') {
      if (ctx.causes.has(value)) state.cause = value;
      else notes.push(`Ignored cause=${shown(value)}: no such cause (expected "<entry>/<cause-id>").`);
      continue;
    }
    const q = byId.get(key);
    if (!q) {
      notes.push(`Ignored unknown parameter ${shown(key)}.`);
      continue;
    }
    if (state.answers.some(([id]) => id === key)) {
      notes.push(`Ignored a second answer to "${q.prompt}".`);
      continue;
    }
    if (value === NOT_SURE || q.answers.some((a) => a.id === value)) state.answers.push([key, value]);
    else notes.push(`Ignored ${key}=${shown(value)}: "${q.prompt}" has no such answer.`);
  }
  return { state, notes };
}

export function serializeState(state: WizardState): string {
  const p = new URLSearchParams();
  if (state.status !== null) p.set('status', String(state.status));
  else if (state.statusSkipped) p.set('status', NOT_SURE);
  for (const [q, a] of state.answers) p.append(q, a);
  if (state.cause) p.set('cause', state.cause);
  const s = p.toString().replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}
