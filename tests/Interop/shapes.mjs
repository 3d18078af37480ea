// The response shapes @flora-ai/flora 0.11.0 declares (src/resources/*.ts in its package), as checks: every declared
// field is present with its declared type; optional fields (`?`) may be absent. Extra fields are allowed, as in TS.
import assert from 'node:assert/strict';

const is = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  array: (v) => Array.isArray(v),
  boolean: (v) => typeof v === 'boolean',
};

/** A type spec is 'string', 'number|null', 'string?' (optional), or a list of allowed literal values. */
function check(value, spec, path) {
  if (Array.isArray(spec)) {
    assert.ok(spec.includes(value), `${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(spec)}`);
    return;
  }
  const types = spec.replace('?', '').split('|');
  const ok = types.some((t) => (t === 'null' ? value === null : is[t](value)));
  assert.ok(ok, `${path}: ${JSON.stringify(value)} is not ${spec}`);
}

export function assertShape(value, shape, path = 'response') {
  assert.ok(is.object(value), `${path} is not an object: ${JSON.stringify(value)}`);
  for (const [field, spec] of Object.entries(shape)) {
    const optional = typeof spec === 'string' && spec.endsWith('?');
    if (!(field in value) || value[field] === undefined) {
      assert.ok(optional, `${path}.${field} is missing (declared ${JSON.stringify(spec)}) in ${JSON.stringify(value)}`);
      continue;
    }
    check(value[field], spec, `${path}.${field}`);
  }
}

const status = ['pending_upload', 'ready', 'failed'];

export const Upload = {
  content_type: ['multipart/form-data'],
  file_field: ['file'],
  form_fields: 'object',
  method: ['POST'],
  url: 'string',
};

export const AssetCreateResponse = {
  asset_id: 'string',
  status,
  uploaded_via: ['url', 'signed_url', 'direct'],
  url: 'string',
  visibility: ['workspace'],
  workspace_id: 'string',
  expires_at: 'string?',
  upload: 'object?',
  upload_url: 'string?',
};

// AssetCompleteResponse and AssetRetryResponse declare the same fields.
export const AssetStateResponse = {
  asset_id: 'string',
  status,
  url: 'string|null',
  visibility: ['workspace'],
  workspace_id: 'string|null',
  expires_at: 'string?',
  failure_message: 'string|null?',
  upload: 'object?',
  upload_url: 'string?',
};

const assetCommon = {
  content_type: 'string',
  description: 'string|null',
  height: 'number|null',
  name: 'string|null',
  size_bytes: 'number|null',
  status,
  upload_content_type: 'string|null',
  uploaded_via: 'string',
  url: 'string|null',
  width: 'number|null',
  workspace_id: 'string|null',
};

export const AssetRetrieveResponse = {
  ...assetCommon,
  asset_id: 'string',
  created_at: 'string|null',
  failure_message: 'string|null',
};

export const AssetListResponse = {
  ...assetCommon,
  asset_id: 'string|null',
  created_at: 'number|null',
  node_id: 'string|null?',
  project_id: 'string|null?',
};

export const AssetAttachAssetResponse = {
  asset_id: 'string',
  canvas_url: 'string',
  node_id: 'string',
  project_id: 'string',
};

export const Workspace = {
  created_at: 'number|null',
  name: 'string',
  role: 'string',
  workspace_id: 'string',
};

export const ProjectListResponse = {
  created_at: 'number',
  last_modified: 'number|null',
  name: 'string',
  origin: 'string|null',
  project_id: 'string',
  workspace_id: 'string',
};

/** FLORA's error envelope, as APIError.error carries it. */
export function assertEnvelope(error, code) {
  assertShape(error.error, { error: 'object' }, 'error body');
  assertShape(error.error.error, { code: 'string', message: 'string' }, 'error body.error');
  assert.equal(error.error.error.code, code);
  assert.match(error.headers.get('request-id') ?? '', /^req_/);
}

// ProjectCreateResponse and ProjectRetrieveResponse declare the same fields as ProjectListResponse.
export const ProjectResponse = ProjectListResponse;

export const ProjectListNodesResponse = {
  node_id: 'string',
  type: ['image', 'video', 'audio', 'text'],
  asset_id: 'string|null?',
  height: 'number|null?',
  label: 'string|null?',
  url: 'string|null?',
  width: 'number|null?',
};

export const FeedbackRecordResponse = {
  feedback_id: 'string',
  received_at: 'number',
};
