// A self-contained HTML page for the OpenAPI document: no scripts, no CDN.
type JsonObject = Record<string, unknown>;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function schemaBlock(label: string, schema: unknown): string {
  if (schema === undefined) return '';
  return `<details><summary>${escapeHtml(label)}</summary><pre>${escapeHtml(
    JSON.stringify(schema, null, 2),
  )}</pre></details>`;
}

function operationHtml(path: string, method: string, op: JsonObject): string {
  const params = (op.parameters ?? []) as JsonObject[];
  const body = (op.requestBody as JsonObject | undefined)?.content as JsonObject | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, JsonObject>);
  const roles = op['x-roles'] as string[] | undefined;
  const who = Array.isArray(op.security) ? 'public' : roles ? roles.join(', ') : 'signed-in users';
  return `<section class="op" id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(op.summary ?? ''))} <small>(${escapeHtml(who)})</small></p>
${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ''}
${
  params.length
    ? `<ul class="params">${params
        .map(
          (p) =>
            `<li><code>${escapeHtml(String(p.name))}</code> in ${escapeHtml(String(p.in))}${p.required ? ' (required)' : ''}${p.description ? ` — ${escapeHtml(String(p.description))}` : ''}</li>`,
        )
        .join('')}</ul>`
    : ''
}
${schemaBlock('Request body', (body?.['application/json'] as JsonObject | undefined)?.schema)}
<ul class="responses">${responses
    .map(([status, r]) => {
      const content = r.content as Record<string, JsonObject> | undefined;
      const schema = content ? Object.values(content)[0]?.schema : undefined;
      return `<li><b>${escapeHtml(status)}</b> ${escapeHtml(String(r.description ?? ''))}${schemaBlock('schema', schema)}</li>`;
    })
    .join('')}</ul>
</section>`;
}

export function renderDocsPage(doc: JsonObject): string {
  const info = doc.info as JsonObject;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, JsonObject>>;
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods))
      sections.push(operationHtml(path, method, op));
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d2330}
.op{border-top:1px solid #dde2ea;padding:.5rem 0}
.m{display:inline-block;min-width:4.5em;font:600 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;background:#667}
.get{background:#2f7d4f}.post{background:#2760b8}.put{background:#a66300}.patch{background:#7a4bb5}.delete{background:#b83232}
pre{background:#f5f7fa;padding:.5rem;overflow:auto;font-size:12px}small{color:#667}
</style></head><body>
<h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${escapeHtml(String(info.description ?? ''))} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<p>Authenticate with the <code>sf_session</code> cookie (POST /api/session) or <code>Authorization: Bearer &lt;token&gt;</code> (POST /api/tokens).</p>
${sections.join('\n')}
</body></html>`;
}
