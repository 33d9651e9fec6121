// Used in Node and any JavaScript runtime (Express, Fastify, Hono, Workers): turns a status code
// and a cause into this site's stable URLs for error responses — an RFC 9457 problem `type`, a
// `Link: <…>; rel="help"` header, a Stripe-style `doc_url`. It refuses unknown codes and causes
// when it is created, so a typo fails at start-up or in a test, never in a user's response.

/** The part of /api/catalog.json this helper needs. */
export interface LinkCatalog {
  entries: { slug: string; kind: 'status' | 'problem'; title: string; codes: number[]; url: string; causes: { id: string; title: string; url: string }[] }[];
}

/** "<entry-slug>/<cause-id>", e.g. "api-key-rejected/key-expired". */
export type CauseRef = `${string}/${string}`;

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  doc_url: string;
}

export interface ProblemLinks {
  statusUrl(status: number): string;
  causeUrl(ref: CauseRef): string;
  /** An RFC 9457 problem object: `type` is the cause URL (or the status URL without a cause). */
  problem(status: number, ref?: CauseRef, detail?: string): ProblemDetails;
  /** The value of a `Link` header pointing readers at the help page. */
  linkHeader(status: number, ref?: CauseRef): string;
}

export class UnknownProblemError extends Error {
  override name = 'UnknownProblemError';
}

/**
 * @param catalog the site's /api/catalog.json (or the same data)
 * @param uses every status and cause your API will link to; checked now, so a typo throws at start-up
 */
export function createProblemLinks(catalog: LinkCatalog, uses: { statuses?: number[]; causes?: CauseRef[] } = {}): ProblemLinks {
  const statuses = new Map<number, { url: string; title: string }>();
  const causes = new Map<string, { url: string; title: string; codes: number[] }>();
  for (const e of catalog.entries) {
    if (e.kind === 'status') statuses.set(e.codes[0]!, { url: e.url, title: e.title });
    for (const c of e.causes) causes.set(`${e.slug}/${c.id}`, { url: c.url, title: c.title, codes: e.codes });
  }
  const status = (code: number) => {
    const s = statuses.get(code);
    if (!s) throw new UnknownProblemError(`No status entry for ${code} in the catalogue`);
    return s;
  };
  const cause = (ref: CauseRef) => {
    const c = causes.get(ref);
    if (!c) throw new UnknownProblemError(`No cause "${ref}" in the catalogue (expected "<entry-slug>/<cause-id>")`);
    return c;
  };
  for (const code of uses.statuses ?? []) status(code);
  for (const ref of uses.causes ?? []) cause(ref);
  return {
    statusUrl: (code) => status(code).url,
    causeUrl: (ref) => cause(ref).url,
    problem(code, ref, detail) {
      const s = status(code);
      const c = ref ? cause(ref) : undefined;
      return { type: c?.url ?? s.url, title: c?.title ?? s.title, status: code, ...(detail ? { detail } : {}), doc_url: c?.url ?? s.url };
    },
    linkHeader: (code, ref) => `<${ref ? cause(ref).url : status(code).url}>; rel="help"`,
  };
}
