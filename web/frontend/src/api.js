// Thin client of the JSON API (/api/openapi.json). Every call resolves with
// the decoded body or rejects with an ApiError carrying the server's code
// and message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function get(path, params, { signal } = {}) {
  let res;
  try {
    res = await fetch(`/api${path}${query(params)}`, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unavailable', 'The newsgraph server did not answer.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON: handled below */
  }
  if (!res.ok) {
    const err = body && body.error;
    throw new ApiError(res.status, err ? err.code : 'internal', err ? err.message : `HTTP ${res.status}`);
  }
  return body;
}

export const api = {
  search: (q, opts) => get('/search', { q, limit: 8 }, opts),
  top: (limit = 12) => get('/top', { limit }),
  entity: (id) => get(`/entities/${encodeURIComponent(id)}`),
  neighbourhood: (id, params, opts) => get(`/entities/${encodeURIComponent(id)}/neighbourhood`, params, opts),
  timeline: (id) => get(`/entities/${encodeURIComponent(id)}/timeline`),
  paths: (source, target, types) => get('/paths', { source, target, types }),
  article: (id) => get(`/articles/${encodeURIComponent(id)}`),
  relations: (a, b) => get('/relations', { a, b }),
  relationByKey: (key, entity) => get('/relations', { key, entity }),
  stats: () => get('/stats'),
};
