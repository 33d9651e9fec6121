// Used in Node and the browser: reads an HTTP response body (JSON, problem+json, AWS-style XML,
// HTML error pages, plain text) into messages and error codes. HTML is reduced to text by a
// linear scanner and never rendered. JSON is walked iteratively with depth and size limits.
import { clip, collapseSpace, decodeEntities, isRecord, pushUnique, startsWithCI, tryJson } from './util.ts';

export type BodyKind = 'empty' | 'json' | 'problem+json' | 'xml' | 'html' | 'text';

export interface Problem {
  type: string | null;
  title: string | null;
  status: number | null;
  detail: string | null;
  instance: string | null;
}

export interface ParsedBody {
  kind: BodyKind;
  /** The body as text: HTML reduced to text, JSON and XML as received (capped). */
  text: string;
  messages: string[];
  errorCodes: string[];
  /** A 4xx status stated in the body (`status`, `statusCode`, numeric `code`…), if any. */
  status: number | null;
  /** RFC 9457 members when the body is problem details. */
  problem: Problem | null;
  /** HTML only: the page title. */
  title: string | null;
}

const MAX_MESSAGES = 30;
const MAX_CODES = 30;
const MAX_MESSAGE_LEN = 1000;
const MAX_CODE_LEN = 120;
const MAX_DEPTH = 12;
const MAX_NODES = 20000;

const MESSAGE_KEYS = new Set([
  'message',
  'msg',
  'detail',
  'details',
  'error_description',
  'errordescription',
  'description',
  'errormessage',
  'error_message',
  'errorsummary',
  'error_summary',
  'reason_phrase',
  'title',
  'hint',
]);

/** Envelope values that say nothing about the error. */
const GENERIC_VALUES = new Set(['error', 'errors', 'fail', 'failed', 'failure', 'false', 'ok', 'object', 'string']);

const CODE_KEYS = new Set(['code', 'error_code', 'errorcode', 'reason', 'status', '__type', 'type', 'error_type', 'errortype', 'subcode', 'error_subcode', 'sub_code']);

/** Keys whose string values are neither messages nor codes, even inside `errors`. */
const SKIP_KEYS = new Set([
  'documentation_url',
  'doc_url',
  'more_info',
  'help',
  'url',
  'href',
  'link',
  'links',
  'request_id',
  'requestid',
  'request-id',
  'trace_id',
  'traceid',
  'instance',
  'location',
  'locationtype',
  'domain',
  'field',
  'param',
  'pointer',
  'parameter',
  'resource',
  'timestamp',
  'path',
]);

export function asStatus(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{3}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 400 && n <= 499 ? n : null;
}

function addMessage(list: string[], v: string): void {
  const t = collapseSpace(v);
  if (t.length > 0) pushUnique(list, clip(t, MAX_MESSAGE_LEN), MAX_MESSAGES);
}

function addCode(list: string[], v: string): void {
  let t = v.trim();
  // AWS JSON protocol: "__type": "com.amazon.coral.service#UnrecognizedClientException"
  const hash = t.lastIndexOf('#');
  if (hash >= 0 && hash < t.length - 1 && !t.includes(' ')) t = t.slice(hash + 1);
  if (t.length > 0 && t.length <= MAX_CODE_LEN) pushUnique(list, t, MAX_CODES);
}

function looksLikeCode(v: string): boolean {
  const t = v.trim();
  return t.length > 0 && t.length <= MAX_CODE_LEN && !t.includes(' ');
}

function empty(kind: BodyKind, text: string): ParsedBody {
  return { kind, text, messages: [], errorCodes: [], status: null, problem: null, title: null };
}

/** Extract messages, codes and status from a parsed JSON value. */
export function fromJsonValue(value: unknown, text: string, contentType: string): ParsedBody {
  const body = empty('json', text);
  const { messages, errorCodes } = body;
  const top = isRecord(value) ? value : null;

  // Status: top level first, then inside a top-level "error" object (Google: error.code).
  if (top) {
    for (const k of ['status', 'statusCode', 'status_code', 'httpStatus', 'http_status', 'httpStatusCode', 'code']) {
      const st = asStatus(top[k]);
      if (st !== null) {
        body.status = st;
        break;
      }
    }
    const err = top['error'];
    if (body.status === null && isRecord(err)) {
      for (const k of ['code', 'status', 'statusCode', 'status_code', 'httpStatus']) {
        const st = asStatus(err[k]);
        if (st !== null) {
          body.status = st;
          break;
        }
      }
    }
    // RFC 9457 problem details.
    const isProblem =
      contentType.includes('problem+json') ||
      (typeof top['type'] === 'string' && (typeof top['title'] === 'string' || typeof top['detail'] === 'string')) ||
      (typeof top['title'] === 'string' && typeof top['detail'] === 'string');
    if (isProblem) {
      body.kind = 'problem+json';
      const s = (k: string) => (typeof top[k] === 'string' ? clip(top[k] as string, MAX_MESSAGE_LEN) : null);
      body.problem = {
        type: s('type'),
        title: s('title'),
        status: typeof top['status'] === 'number' ? top['status'] : null,
        detail: s('detail'),
        instance: s('instance'),
      };
      if (body.problem.title) addMessage(messages, body.problem.title);
      if (body.problem.detail) addMessage(messages, body.problem.detail);
      if (body.problem.type && body.problem.type !== 'about:blank') addCode(errorCodes, body.problem.type);
    }
  } else if (typeof value === 'string') {
    addMessage(messages, value);
  }

  // Walk everything else, iteratively, collecting message-like and code-like members.
  interface Item {
    v: unknown;
    key: string;
    depth: number;
    inErrors: boolean;
    inArray: boolean;
  }
  const stack: Item[] = [{ v: value, key: '', depth: 0, inErrors: false, inArray: false }];
  let nodes = 0;
  while (stack.length > 0 && nodes < MAX_NODES) {
    const it = stack.pop()!;
    nodes++;
    const key = it.key.toLowerCase();
    if (typeof it.v === 'string') {
      const v = it.v;
      if (SKIP_KEYS.has(key)) continue;
      if (key === 'error' || key === 'error_type' || key === 'errortype') {
        if (looksLikeCode(v)) addCode(errorCodes, v);
        else addMessage(messages, v);
      } else if (key === 'errors') {
        addMessage(messages, v); // Shopify: {"errors": "[API] Invalid API key or access token…"}
      } else if (key === 'type') {
        // problem+json "type" is handled above; URIs and the generic envelope value are not codes.
        if (body.kind === 'problem+json' && it.depth === 1) continue;
        if (!v.includes('://') && !GENERIC_VALUES.has(v.toLowerCase()) && looksLikeCode(v)) addCode(errorCodes, v);
      } else if (key === 'status') {
        if (asStatus(v) === null && !GENERIC_VALUES.has(v.toLowerCase()) && looksLikeCode(v)) addCode(errorCodes, v);
      } else if (CODE_KEYS.has(key)) {
        if (asStatus(v) !== null) continue;
        if (looksLikeCode(v)) addCode(errorCodes, v);
        else addMessage(messages, v);
      } else if (MESSAGE_KEYS.has(key)) {
        if (key === 'title' && it.depth > 1 && !it.inErrors) continue;
        addMessage(messages, v);
      } else if (it.inErrors && it.inArray) {
        addMessage(messages, v);
      }
      continue;
    }
    if (typeof it.v === 'number') {
      if ((key === 'code' || key === 'error_code' || key === 'errorcode' || key === 'subcode' || key === 'error_subcode') && asStatus(it.v) === null && Number.isInteger(it.v)) {
        addCode(errorCodes, String(it.v));
      }
      continue;
    }
    if (it.depth >= MAX_DEPTH || typeof it.v !== 'object' || it.v === null) continue;
    const inErrors = it.inErrors || key === 'errors' || key === 'error' || key === 'messages' || key === 'non_field_errors' || key === 'detail';
    if (Array.isArray(it.v)) {
      for (let i = Math.min(it.v.length, 200) - 1; i >= 0; i--) {
        stack.push({ v: it.v[i], key: it.key, depth: it.depth + 1, inErrors, inArray: true });
      }
    } else {
      const entries = Object.entries(it.v as Record<string, unknown>);
      for (let i = Math.min(entries.length, 200) - 1; i >= 0; i--) {
        const [k, v] = entries[i]!;
        stack.push({ v, key: k, depth: it.depth + 1, inErrors, inArray: false });
      }
    }
  }
  return body;
}

const LOOSE_JSON_RE =
  /"(message|msg|detail|error_description|errorSummary|title|error|code|type|reason|status|statusCode|errorCode|error_code|__type)"[ \t\r\n]*:[ \t\r\n]*("(?:[^"\\\r\n]|\\.){0,1000}"|-?\d{1,6})/g;

/** Truncated or broken JSON: pick out "message": "…" style members with a bounded scan. */
export function fromLooseJson(text: string): ParsedBody {
  const body = empty('json', text);
  LOOSE_JSON_RE.lastIndex = 0;
  let n = 0;
  for (let m = LOOSE_JSON_RE.exec(text); m !== null && n < 200; m = LOOSE_JSON_RE.exec(text)) {
    n++;
    const key = (m[1] ?? '').toLowerCase();
    const raw = m[2] ?? '';
    const v = raw.startsWith('"') ? tryJson(raw) : Number(raw);
    if (typeof v === 'number') {
      const st = asStatus(v);
      if (st !== null && (key === 'status' || key === 'statuscode' || key === 'code')) body.status ??= st;
      else if (key === 'code' || key === 'errorcode' || key === 'error_code') addCode(body.errorCodes, String(v));
      continue;
    }
    if (typeof v !== 'string') continue;
    if (key === 'status' || key === 'statuscode') {
      const st = asStatus(v);
      if (st !== null) body.status ??= st;
      else if (looksLikeCode(v)) addCode(body.errorCodes, v);
    } else if (key === 'error' || CODE_KEYS.has(key) || key === 'errorcode') {
      if (key === 'type' && v.includes('://')) continue;
      if (looksLikeCode(v)) addCode(body.errorCodes, v);
      else addMessage(body.messages, v);
    } else {
      addMessage(body.messages, v);
    }
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// XML (S3 / AWS query APIs / Azure Storage)

const XML_MESSAGE_TAGS = ['Message', 'message', 'AuthenticationErrorDetail', 'Details', 'faultstring', 'ErrorMessage'];
const XML_CODE_TAGS = ['Code', 'code', 'ErrorCode', 'faultcode'];

function xmlTagTexts(xml: string, tag: string, max: number): string[] {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const out: string[] = [];
  let i = xml.indexOf(open);
  while (i >= 0 && out.length < max) {
    const start = i + open.length;
    const end = xml.indexOf(close, start);
    if (end < 0) break;
    out.push(decodeEntities(xml.slice(start, end)));
    i = xml.indexOf(open, end + close.length);
  }
  return out;
}

export function fromXml(text: string): ParsedBody {
  const body = empty('xml', text);
  for (const tag of XML_CODE_TAGS) for (const v of xmlTagTexts(text, tag, 10)) if (looksLikeCode(v)) addCode(body.errorCodes, v);
  for (const tag of XML_MESSAGE_TAGS) for (const v of xmlTagTexts(text, tag, 10)) addMessage(body.messages, v);
  return body;
}

// ---------------------------------------------------------------------------------------------
// HTML

const SKIP_CONTENT = ['script', 'style', 'template', 'svg'];
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'title',
  'center', 'section', 'header', 'footer', 'main', 'article', 'pre', 'body', 'html', 'head', 'blockquote', 'dd', 'dt', 'dl', 'form',
]);
const CAPTURE_TAGS = new Set(['title', 'h1', 'h2', 'h3', 'p']);

export interface HtmlText {
  text: string;
  title: string | null;
  headings: string[];
  paragraphs: string[];
}

/** Reduce HTML to text: drop tags, comments, scripts and styles; decode entities. Linear. */
export function htmlToText(html: string): HtmlText {
  const n = html.length;
  let out = '';
  let p = 0;
  let capture: string | null = null;
  let captured = '';
  let title: string | null = null;
  const headings: string[] = [];
  const paragraphs: string[] = [];
  const flush = () => {
    if (capture === null) return;
    const t = collapseSpace(decodeEntities(captured));
    if (t.length > 0) {
      if (capture === 'title') title ??= clip(t, 300);
      else if (capture === 'p') pushUnique(paragraphs, clip(t, 500), 10);
      else pushUnique(headings, clip(t, 300), 10);
    }
    capture = null;
    captured = '';
  };
  while (p < n) {
    const lt = html.indexOf('<', p);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > p) {
      const chunk = html.slice(p, textEnd);
      out += chunk;
      if (capture !== null && captured.length < 2000) captured += chunk;
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      p = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // No closing ">" anywhere after this: the rest is text.
      out += html.slice(lt);
      break;
    }
    let q = lt + 1;
    const closing = html.charCodeAt(q) === 0x2f;
    if (closing) q++;
    let nameEnd = q;
    while (nameEnd < gt) {
      const c = html.charCodeAt(nameEnd);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) break;
      nameEnd++;
    }
    const name = html.slice(q, nameEnd).toLowerCase();
    p = gt + 1;
    if (name.length === 0) {
      // "<" that does not start a tag (e.g. "a < b", "<!DOCTYPE"): keep text-like ones.
      if (html.charCodeAt(lt + 1) !== 0x21 && html.charCodeAt(lt + 1) !== 0x3f) {
        out += html.slice(lt, p);
      }
      continue;
    }
    if (!closing && SKIP_CONTENT.includes(name)) {
      // Jump to the matching close tag (case-insensitive); if none, drop the rest.
      let k = html.indexOf('<', p);
      let found = -1;
      while (k >= 0) {
        if (html.charCodeAt(k + 1) === 0x2f && startsWithCI(html, k + 2, name)) {
          found = k;
          break;
        }
        k = html.indexOf('<', k + 1);
      }
      if (found < 0) break;
      const close = html.indexOf('>', found);
      p = close < 0 ? n : close + 1;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out += '\n';
    if (CAPTURE_TAGS.has(name)) {
      if (!closing) {
        flush();
        capture = name;
      } else if (capture === name) {
        flush();
      }
    } else if (capture !== null && (name === 'br' || name === 'span' || name === 'a' || name === 'strong' || name === 'em' || name === 'b' || name === 'i' || name === 'code')) {
      captured += ' ';
    }
  }
  flush();
  const lines = decodeEntities(out)
    .split('\n')
    .map((l) => collapseSpace(l))
    .filter((l) => l.length > 0);
  return { text: lines.join('\n'), title, headings, paragraphs };
}

export function fromHtml(html: string): ParsedBody {
  const h = htmlToText(html);
  const body = empty('html', h.text);
  body.title = h.title;
  if (h.title) addMessage(body.messages, h.title);
  for (const x of h.headings) addMessage(body.messages, x);
  for (const x of h.paragraphs) addMessage(body.messages, x);
  if (body.messages.length === 0) {
    for (const l of h.text.split('\n').slice(0, 5)) addMessage(body.messages, l);
  }
  // "403 Forbidden" / "401 Authorization Required": nginx, Apache and friends put the code in the title.
  const t = h.title ?? h.headings[0] ?? '';
  const m = /^(?:error\s+)?(4\d\d)(?!\d)/i.exec(t.trim());
  if (m) body.status = Number(m[1]);
  return body;
}

// ---------------------------------------------------------------------------------------------

function looksLikeHtml(t: string): boolean {
  const head = t.slice(0, 2000).toLowerCase();
  return head.startsWith('<!doctype html') || head.includes('<html') || head.includes('<body') || head.includes('<title') || head.includes('<h1') || head.includes('<center>');
}

/** Classify and read a body. `contentType` is the Content-Type header value (may be empty). */
export function parseBody(raw: string, contentType = ''): ParsedBody {
  const text = raw.trim();
  if (text.length === 0) return empty('empty', '');
  const ct = contentType.toLowerCase();
  const c0 = text.charCodeAt(0);
  if (c0 === 0x7b || c0 === 0x5b || ct.includes('json')) {
    const v = tryJson(text);
    if (v !== undefined && (typeof v === 'object' || ct.includes('json'))) return fromJsonValue(v, text, ct);
    if (c0 === 0x7b || c0 === 0x5b) {
      const loose = fromLooseJson(text);
      if (loose.messages.length > 0 || loose.errorCodes.length > 0) return loose;
    }
  }
  if (c0 === 0x3c /* < */) {
    if (text.startsWith('<?xml') || ct.includes('xml') || /^<(Error|ErrorResponse|Response|Errors)[\s>]/.test(text)) {
      if (!looksLikeHtml(text)) return fromXml(text);
    }
    if (looksLikeHtml(text) || ct.includes('html')) return fromHtml(text);
  } else if (ct.includes('html') && looksLikeHtml(text)) {
    return fromHtml(text);
  }
  const body = empty('text', text);
  let n = 0;
  for (const line of text.split('\n', 200)) {
    if (n >= 10) break;
    const l = line.trim();
    if (l.length === 0) continue;
    addMessage(body.messages, l);
    n++;
  }
  return body;
}
