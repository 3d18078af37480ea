// FLORA's official TypeScript SDK, @flora-ai/flora 0.11.0, against the standalone emulator (samples/Flora.Emulator).
// .ci/interop.sh starts the emulator and sets FLORA_BASE_URL, FLORA_API_KEY, FLORA_WORKSPACE_ID and FLORA_PROJECT_ID.
// Their upload() polls retrieve every second until ready: the emulator answers ready at once, so each upload polls
// once and never sleeps, which keeps this suite to a few seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  FLORA,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  toFile,
} from '@flora-ai/flora';
import * as shapes from './shapes.mjs';

const workspaceId = required('FLORA_WORKSPACE_ID');
const projectId = required('FLORA_PROJECT_ID');
required('FLORA_BASE_URL');
required('FLORA_API_KEY');
const client = new FLORA();
const DIRECT_MAX = 4 * 1024 * 1024;
// A unique word per run, so that list filters see only what this run made even against a long-running emulator.
const run = randomUUID().slice(0, 8);

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} is not set: run this through .ci/interop.sh, which starts the emulator`);
  return value;
}

/** A PNG header (8-byte signature, IHDR of width x height) followed by filler, so the emulator reads its size. */
function png(size, width = 64, height = 32) {
  const bytes = randomBytes(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(bytes, 0);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

/** The signed upload exactly as their upload() does it: the form fields first, then the file in upload.file_field. */
async function uploadTo(reservation, bytes, name) {
  const form = new FormData();
  for (const [key, value] of Object.entries(reservation.upload.form_fields)) form.append(key, value);
  form.append(reservation.upload.file_field, new Blob([bytes], { type: 'image/png' }), name);
  const response = await fetch(reservation.upload.url, { method: reservation.upload.method, body: form });
  assert.equal(response.status, 200, await response.text());
}

async function rejects(promise, ErrorClass, status, code) {
  const error = await promise.then(
    () => assert.fail(`expected ${ErrorClass.name}`),
    (e) => e,
  );
  assert.ok(error instanceof ErrorClass, `expected ${ErrorClass.name}, got ${error?.constructor?.name}: ${error}`);
  assert.equal(error.status, status);
  shapes.assertEnvelope(error, code);
  return error;
}

test('workspaces.list answers every workspace, not paged, with the declared fields', async () => {
  const list = await client.workspaces.list();

  assert.ok(Array.isArray(list.workspaces));
  list.workspaces.forEach((w, i) => shapes.assertShape(w, shapes.Workspace, `workspaces[${i}]`));
  assert.ok(list.workspaces.some((w) => w.workspace_id === workspaceId), JSON.stringify(list));
});

test('projects.list pages with cursors (auto-paging) and filters by query', async () => {
  // Two projects made by naming new prj_ ids on create (the emulator adds them to the workspace), plus the seeded one.
  const names = [`prj_interop_${run}_a`, `prj_interop_${run}_b`];
  for (const id of names) {
    await client.assets.create({ source: 'https://media.flora.ai/p.png', workspace_id: workspaceId, project_id: id });
  }

  const first = await client.projects.list({ workspace_id: workspaceId, limit: 1 });
  assert.equal(first.projects.length, 1);
  assert.ok(first.hasNextPage(), 'a one-item page of three or more projects has a next page');
  assert.match(first.meta.next_cursor, /[+/=]/, 'the emulator cursors carry +, / and =, which must arrive URL-encoded');
  const all = [];
  for await (const project of client.projects.list({ workspace_id: workspaceId, limit: 1 })) all.push(project);
  all.forEach((p, i) => shapes.assertShape(p, shapes.ProjectListResponse, `projects[${i}]`));
  const ids = all.map((p) => p.project_id);
  assert.equal(new Set(ids).size, ids.length, `no project twice across pages: ${ids}`);
  for (const id of [projectId, ...names]) assert.ok(ids.includes(id), `${id} is listed: ${ids}`);
  assert.ok(all.every((p) => p.workspace_id === workspaceId));

  const found = [];
  for await (const project of client.projects.list({ workspace_id: workspaceId, query: `${run}_b` })) found.push(project.project_id);
  assert.deepEqual(found, [names[1]]);
});

test('assets.create with source signed-url reserves an upload; the bytes, then complete, make it ready', async () => {
  const bytes = png(3000);
  const reservation = await client.assets.create({ source: 'signed-url', workspace_id: workspaceId, file_name: `signed-${run}.png` });
  shapes.assertShape(reservation, shapes.AssetCreateResponse, 'create');
  shapes.assertShape(reservation.upload, shapes.Upload, 'create.upload');
  assert.equal(reservation.status, 'pending_upload');
  assert.equal(reservation.uploaded_via, 'signed_url');
  assert.ok(!Number.isNaN(Date.parse(reservation.expires_at)));

  await uploadTo(reservation, bytes, `signed-${run}.png`);
  const completed = await client.assets.complete(reservation.asset_id);
  const asset = await client.assets.retrieve(reservation.asset_id);

  shapes.assertShape(completed, shapes.AssetStateResponse, 'complete');
  assert.equal(completed.status, 'ready');
  shapes.assertShape(asset, shapes.AssetRetrieveResponse, 'retrieve');
  assert.equal(asset.status, 'ready');
  assert.equal(asset.size_bytes, bytes.length);
  assert.equal(asset.name, `signed-${run}.png`);
  assert.equal(asset.content_type, 'image/png');
  assert.deepEqual([asset.width, asset.height], [64, 32]);
  assert.ok(!Number.isNaN(Date.parse(asset.created_at)));
});

test('assets.retry renews the reservation of a pending upload; the old upload URL stops working', async () => {
  const reservation = await client.assets.create({ source: 'signed-url', workspace_id: workspaceId, file_name: `retry-${run}.png` });

  const renewed = await client.assets.retry(reservation.asset_id);

  shapes.assertShape(renewed, shapes.AssetStateResponse, 'retry');
  shapes.assertShape(renewed.upload, shapes.Upload, 'retry.upload');
  assert.equal(renewed.status, 'pending_upload');
  assert.notEqual(renewed.upload.url, reservation.upload.url);
  const stale = await fetch(reservation.upload.url, { method: 'POST', body: new FormData() });
  assert.equal(stale.status, 403);
  await uploadTo(renewed, png(100), `retry-${run}.png`);
  assert.equal((await client.assets.complete(reservation.asset_id)).status, 'ready');
});

test('assets.create with an https source is fetched server-side and ready at once', async () => {
  const asset = await client.assets.create({ source: `https://media.flora.ai/url-${run}.png`, workspace_id: workspaceId });

  shapes.assertShape(asset, shapes.AssetCreateResponse, 'create');
  assert.equal(asset.status, 'ready');
  assert.equal(asset.uploaded_via, 'url');
  assert.equal(asset.upload, undefined);
  assert.equal((await client.assets.retrieve(asset.asset_id)).name, `url-${run}.png`);
});

test('upload() sends a small file as direct bytes in one create and places it on the project', async () => {
  const bytes = png(100 * 1024);

  const asset = await client.assets.upload(bytes, { workspace_id: workspaceId, file_name: `direct-${run}.png`, project_id: projectId });

  shapes.assertShape(asset, shapes.AssetRetrieveResponse, 'upload');
  assert.equal(asset.status, 'ready');
  assert.equal(asset.uploaded_via, 'direct');
  assert.equal(asset.size_bytes, bytes.length);
  assert.equal(asset.content_type, 'image/png');
  const onProject = [];
  for await (const item of client.assets.list({ project_id: projectId, query: `direct-${run}` })) onProject.push(item);
  assert.equal(onProject.length, 1);
  assert.equal(onProject[0].asset_id, asset.asset_id);
  assert.equal(onProject[0].project_id, projectId);
  assert.match(onProject[0].node_id, /^node_/);
});

test('upload() takes exactly 4 MiB as direct bytes, and one byte more on the signed path', async () => {
  const atLimit = await client.assets.upload(png(DIRECT_MAX), { workspace_id: workspaceId, file_name: `limit-${run}.png` });
  const above = await client.assets.upload(png(DIRECT_MAX + 1), { workspace_id: workspaceId, file_name: `above-${run}.png` });

  assert.equal(atLimit.uploaded_via, 'direct');
  assert.equal(atLimit.size_bytes, DIRECT_MAX);
  shapes.assertShape(above, shapes.AssetRetrieveResponse, 'upload');
  assert.equal(above.status, 'ready');
  assert.equal(above.uploaded_via, 'signed_url');
  assert.equal(above.size_bytes, DIRECT_MAX + 1);
});

test('upload() of an https URL creates it server-side and answers the ready asset', async () => {
  const asset = await client.assets.upload(`https://media.flora.ai/fetched-${run}.webp`, { workspace_id: workspaceId });

  assert.equal(asset.status, 'ready');
  assert.equal(asset.uploaded_via, 'url');
  assert.equal(asset.name, `fetched-${run}.webp`);
  assert.equal(asset.content_type, 'image/webp');
});

test('assets.list pages automatically, newest first, filtered by workspace and query', async () => {
  const made = [];
  for (let i = 0; i < 5; i++) {
    made.push((await client.assets.create({ source: `https://media.flora.ai/page-${run}-${i}.png`, workspace_id: workspaceId })).asset_id);
  }

  const first = await client.assets.list({ workspace_id: workspaceId, query: `page-${run}`, limit: 2 });
  const listed = [];
  for await (const item of client.assets.list({ workspace_id: workspaceId, query: `page-${run}`, limit: 2 })) listed.push(item);

  assert.equal(first.assets.length, 2);
  assert.ok(first.hasNextPage());
  listed.forEach((a, i) => shapes.assertShape(a, shapes.AssetListResponse, `assets[${i}]`));
  assert.deepEqual(listed.map((a) => a.asset_id), [...made].reverse());
  assert.ok(listed.every((a) => a.workspace_id === workspaceId && a.status === 'ready'));
  const other = [];
  for await (const item of client.assets.list({ workspace_id: 'ws_someone_else', query: `page-${run}` })) other.push(item);
  assert.deepEqual(other, []);
});

test('projects.assets.attachAsset answers {asset_id, project_id, node_id, canvas_url}', async () => {
  const asset = await client.assets.create({ source: `https://media.flora.ai/attach-${run}.png`, workspace_id: workspaceId });

  const attached = await client.projects.assets.attachAsset(asset.asset_id, { projectId });
  const again = await client.projects.assets.attachAsset(asset.asset_id, { projectId });

  shapes.assertShape(attached, shapes.AssetAttachAssetResponse, 'attach');
  assert.equal(attached.asset_id, asset.asset_id);
  assert.equal(attached.project_id, projectId);
  assert.match(attached.node_id, /^node_/);
  assert.ok(URL.canParse(attached.canvas_url), attached.canvas_url);
  assert.equal(again.node_id, attached.node_id, 'attaching again answers the same node');
});

test('errors: 404, 401, 400 and 409 arrive as their error classes with FLORA\'s envelope', async () => {
  await rejects(client.assets.retrieve(`asset_missing_${run}`), NotFoundError, 404, 'not_found');
  const wrongKey = new FLORA({ apiKey: 'sk_not_the_key', maxRetries: 0 });
  await rejects(wrongKey.workspaces.list(), AuthenticationError, 401, 'invalid_api_key');
  const bad = await rejects(
    client.assets.create({ source: 'signed-url', workspace_id: 'team_1' }),
    BadRequestError, 400, 'input_validation_error');
  assert.equal(bad.error.error.fields[0].field, 'workspace_id');
  const type = await rejects(
    client.assets.create({ source: 'signed-url', workspace_id: workspaceId, content_type: 'text/plain' }),
    BadRequestError, 400, 'input_validation_error');
  assert.equal(type.error.error.fields[0].field, 'content_type');

  // Their client retries 409 by default (lock timeouts); a lifecycle conflict would only repeat, so ask once.
  const pending = await client.assets.create({ source: 'signed-url', workspace_id: workspaceId });
  await rejects(client.assets.complete(pending.asset_id, { maxRetries: 0 }), ConflictError, 409, 'conflict');
  const key = { headers: { 'Idempotency-Key': `interop-${run}` }, maxRetries: 0 };
  await client.assets.create({ source: 'signed-url', workspace_id: workspaceId }, key);
  await rejects(client.assets.create({ source: 'signed-url', workspace_id: workspaceId }, key), ConflictError, 409, 'idempotency_duplicate');
});

test('a direct create above 4 MiB is refused with 413 in FLORA\'s envelope', async () => {
  const file = await toFile(Buffer.alloc(DIRECT_MAX + 1), 'big.png', { type: 'image/png' });

  const error = await rejects(client.assets.create({ file, workspace_id: workspaceId }), APIError, 413, 'input_validation_error');

  assert.equal(error.error.error.fields[0].field, 'file');
});

test('projects.create answers the new project, and projects.retrieve finds it (404 for a missing one)', async () => {
  const created = await client.projects.create({ name: `Interop ${run}`, workspace_id: workspaceId });

  shapes.assertShape(created, shapes.ProjectResponse, 'projects.create');
  assert.match(created.project_id, /^prj_/);
  assert.equal(created.name, `Interop ${run}`);
  assert.equal(created.workspace_id, workspaceId);
  const retrieved = await client.projects.retrieve(created.project_id);
  shapes.assertShape(retrieved, shapes.ProjectResponse, 'projects.retrieve');
  assert.deepEqual(retrieved, created);
  await rejects(client.projects.retrieve(`prj_missing_${run}`), NotFoundError, 404, 'not_found');
  const bad = await rejects(client.projects.create({ name: ' ', workspace_id: workspaceId }), BadRequestError, 400, 'input_validation_error');
  assert.equal(bad.error.error.fields[0].field, 'name');
});

test('projects.listNodes pages the assets placed on the canvas (auto-paging) as media nodes', async () => {
  const project = await client.projects.create({ name: `Nodes ${run}`, workspace_id: workspaceId });
  const assets = [];
  for (const name of ['a', 'b', 'c']) {
    assets.push(await client.assets.create({ source: `https://media.flora.ai/${name}-${run}.png`, workspace_id: workspaceId, project_id: project.project_id }));
  }

  const first = await client.projects.listNodes(project.project_id, { limit: 2 });
  assert.equal(first.nodes.length, 2);
  assert.ok(first.hasNextPage(), 'two of three nodes leave a next page');
  const nodes = [];
  for await (const node of client.projects.listNodes(project.project_id, { limit: 2 })) nodes.push(node);

  nodes.forEach((n, i) => shapes.assertShape(n, shapes.ProjectListNodesResponse, `nodes[${i}]`));
  assert.deepEqual(nodes.map((n) => n.asset_id), assets.map((a) => a.asset_id));
  assert.ok(nodes.every((n) => n.type === 'image' && /^node_/.test(n.node_id)), JSON.stringify(nodes));
  assert.deepEqual(nodes.map((n) => n.label), ['a', 'b', 'c'].map((name) => `${name}-${run}.png`));
  await rejects(client.projects.listNodes(`prj_missing_${run}`), NotFoundError, 404, 'not_found');
});

test('feedback.record records missing_capability feedback, and refuses an unknown kind', async () => {
  const recorded = await client.feedback.record({
    kind: 'missing_capability',
    summary: 'Need support for Instagram CDN asset URLs',
    detail: 'upload-asset rejected an image hosted on scontent-lga3-1.cdninstagram.com.',
    attempted_tools: ['assets.create'],
    workspace_id: workspaceId,
  });

  shapes.assertShape(recorded, shapes.FeedbackRecordResponse, 'feedback.record');
  const bad = await rejects(
    client.feedback.record({ kind: 'praise', summary: 's', detail: 'd' }),
    BadRequestError, 400, 'input_validation_error');
  assert.equal(bad.error.error.fields[0].field, 'kind');
});
