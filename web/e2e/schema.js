// A small JSON Schema checker for the subset of draft 2020-12 that
// docs/export.schema.json uses (the same subset graph/jsonschema_test.go
// checks in Go). A keyword it does not know is reported, so the schema
// cannot outgrow the check unnoticed.

const KNOWN = new Set(['$schema', '$id', '$defs', '$ref', 'title', 'description', 'format', 'type', 'properties',
  'required', 'additionalProperties', 'items', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'minLength']);

function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(root, doc) {
  const errs = [];
  const resolve = (ref) => {
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    return ref.slice(2).split('/').reduce((o, k) => o[k], root);
  };
  const check = (s, v, path) => {
    if (errs.length > 50) return;
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) errs.push(`${path}: schema keyword ${k} not supported`);
    if (s.$ref) { check(resolve(s.$ref), v, path); }
    if (s.type) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) { errs.push(`${path}: ${t}, want ${types.join('|')}`); return; }
    }
    if (s.const !== undefined && v !== s.const) errs.push(`${path}: ${JSON.stringify(v)}, want ${JSON.stringify(s.const)}`);
    if (s.enum && !s.enum.includes(v)) errs.push(`${path}: ${JSON.stringify(v)} not in ${s.enum.join(', ')}`);
    if (typeof v === 'string') {
      if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) errs.push(`${path}: ${JSON.stringify(v)} does not match ${s.pattern}`);
      if (s.minLength !== undefined && [...v].length < s.minLength) errs.push(`${path}: shorter than ${s.minLength}`);
    }
    if (typeof v === 'number') {
      if (s.minimum !== undefined && v < s.minimum) errs.push(`${path}: ${v} < ${s.minimum}`);
      if (s.maximum !== undefined && v > s.maximum) errs.push(`${path}: ${v} > ${s.maximum}`);
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) errs.push(`${path}: fewer than ${s.minItems} items`);
      if (s.maxItems !== undefined && v.length > s.maxItems) errs.push(`${path}: more than ${s.maxItems} items`);
      if (s.items) v.forEach((x, i) => check(s.items, x, `${path}[${i}]`));
    }
    if (typeOf(v) === 'object') {
      for (const r of s.required || []) if (!(r in v)) errs.push(`${path}: ${r} is required`);
      for (const [k, x] of Object.entries(v)) {
        if (s.properties && s.properties[k]) check(s.properties[k], x, `${path}.${k}`);
        else if (s.additionalProperties === false) errs.push(`${path}: property ${k} not allowed`);
        else if (s.additionalProperties && typeof s.additionalProperties === 'object') check(s.additionalProperties, x, `${path}.${k}`);
      }
    }
  };
  check(root, doc, '$');
  return errs;
}
