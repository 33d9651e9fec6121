import type { APIRoute } from 'astro';
import { site, absoluteUrl } from '../site.config.ts';

/** OpenSearch description: lets browsers add the guide as a search engine. */
export const GET: APIRoute = () =>
  new Response(
    `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${site.name}</ShortName>
  <Description>Search HTTP 4xx errors, vendor messages and fixes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${absoluteUrl('/favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${absoluteUrl('/search/')}?q={searchTerms}"/>
</OpenSearchDescription>
`,
    { headers: { 'Content-Type': 'application/opensearchdescription+xml' } },
  );
