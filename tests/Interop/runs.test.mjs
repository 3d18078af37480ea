// FLORA's official TypeScript SDK, @flora-ai/flora 0.11.0, against the emulator: techniques, technique runs, runs,
// generations and models, and the emulator's signed webhooks verified with the SDK's own client.webhooks.unwrap.
// .ci/interop.sh starts the emulator (--webhook-secret) and sets FLORA_WEBHOOK_SECRET besides the variables of flora-sdk.test.mjs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { FLORA, BadRequestError, NotFoundError } from '@flora-ai/flora';
import * as shapes from './shapes.mjs';
import * as runs from './shapes-runs.mjs';

const env = (name) => {
  const value = process.env[name];
  assert.ok(value, `${name} is not set: run this through .ci/interop.sh, which starts the emulator`);
  return value;
};
const workspaceId = env('FLORA_WORKSPACE_ID');
const projectId = env('FLORA_PROJECT_ID');
const secret = env('FLORA_WEBHOOK_SECRET');
const client = new FLORA();
const tag = randomUUID().slice(0, 8);
const UPSCALE = 'tech_emulator_upscale';

/** A callback_url on 127.0.0.1: every delivery, its raw body and headers, in arrival order. */
const deliveries = [];
const waiters = [];
const receiver = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
    res.writeHead(204).end();
    waiters.splice(0).forEach((wake) => wake());
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const callbackUrl = `http://127.0.0.1:${receiver.address().port}/flora/webhooks`;
after(() => receiver.close());

/** The delivery for runId, once it arrives (the emulator delivers in the background). */
async function deliveryFor(runId) {
  const until = Date.now() + 15000;
  for (;;) {
    for (const d of deliveries) {
      if (JSON.parse(d.body).data?.run_id === runId) return d;
    }
    assert.ok(Date.now() < until, `no webhook for ${runId}; got ${deliveries.length}`);
    await new Promise((wake) => { waiters.push(wake); setTimeout(wake, 200); });
  }
}

async function verified(runId) {
  const { body, headers } = await deliveryFor(runId);
  const event = await client.webhooks.unwrap(body, headers, secret);
  shapes.assertShape(event, runs.WebhookEvent, 'event');
  shapes.assertShape(event.data, runs.WebhookRunData, 'event.data');
  assert.equal(headers['flora-webhook-id'], event.id);
  assert.equal(headers['flora-event'], event.type);
  await assert.rejects(client.webhooks.unwrap(body, headers, `${secret}x`), /does not match/);
  await assert.rejects(client.webhooks.unwrap(body.replace('"status"', '"status" '), headers, secret), /does not match/);
  return event;
}

test('techniques.list pages the catalog (auto-paging) and techniques.retrieve answers one definition', async () => {
  const first = await client.techniques.list({ limit: 2 });
  assert.equal(first.techniques.length, 2);
  assert.ok(first.hasNextPage());
  const all = [];
  for await (const technique of client.techniques.list({ limit: 2, workspace_id: workspaceId })) all.push(technique);
  all.forEach((t, i) => {
    shapes.assertShape(t, runs.Technique, `techniques[${i}]`);
    [...t.inputs, ...t.outputs].forEach((s, j) => shapes.assertShape(s, runs.TechniqueSlot, `techniques[${i}].slot[${j}]`));
  });
  assert.ok(all.every((t) => t.technique_id.startsWith('tech_')));
  assert.ok(all.some((t) => t.inputs.some((i) => i.type === 'imageUrl') && t.outputs.some((o) => o.type === 'imageUrl')));
  assert.ok(all.some((t) => t.outputs.some((o) => o.type === 'text')));
  assert.ok(all.some((t) => t.technique_id.includes('fail')));
  const found = [];
  for await (const t of client.techniques.list({ query: 'caption' })) found.push(t.technique_id);
  assert.deepEqual(found, ['tech_emulator_caption']);

  const upscale = await client.techniques.retrieve(UPSCALE);
  shapes.assertShape(upscale, runs.Technique, 'retrieve');
  assert.equal(upscale.inputs[0].type, 'imageUrl');
  await assert.rejects(client.techniques.retrieve('tech_missing'), NotFoundError);
});

test('techniques.runs.create on an uploaded asset: retrieve, list, GET /runs and a verified run.completed webhook', async () => {
  const asset = await client.assets.upload(randomBytes(2048), { workspace_id: workspaceId, file_name: `run-${tag}.png` });

  const created = await client.techniques.runs.create(UPSCALE, {
    inputs: [{ id: 'image', type: 'imageUrl', value: asset.url }], mode: 'async', callback_url: callbackUrl,
  });
  const retrieved = await client.techniques.runs.retrieve(created.run_id, { techniqueId: UPSCALE });
  const viaRuns = await client.generations.retrieve(created.run_id);
  const listed = [];
  for await (const r of client.techniques.runs.list({ technique_id: UPSCALE, workspace_id: workspaceId, limit: 1 })) listed.push(r);

  shapes.assertShape(created, runs.Run, 'create');
  shapes.assertShape(retrieved, runs.Run, 'retrieve');
  assert.equal(retrieved.status, 'completed');
  retrieved.outputs.forEach((o, i) => shapes.assertShape(o, runs.RunOutput, `outputs[${i}]`));
  assert.equal(retrieved.outputs[0].type, 'imageUrl');
  assert.deepEqual(viaRuns, retrieved);
  listed.forEach((r, i) => shapes.assertShape(r, runs.TechniqueRunListItem, `technique_runs[${i}]`));
  const item = listed.find((r) => r.run_id === created.run_id);
  assert.ok(item, 'the run is listed');
  assert.equal(item.technique_run_id, created.run_id);
  assert.equal(item.technique.technique_id, UPSCALE);
  assert.equal(item.workspace_id, workspaceId);

  const event = await verified(created.run_id);
  assert.equal(event.type, 'run.completed');
  assert.deepEqual([event.data.run_type, event.data.status, event.data.workspace_id], ['technique', 'completed', workspaceId]);
});

test('runs.startTechnique answers the start shape; the failing technique ends failed, with a verified run.failed webhook', async () => {
  const started = await client.runs.startTechnique({
    technique_id: 'tech_emulator_caption', workspace_id: workspaceId, inputs: { image: 'https://media.flora.ai/a.png' },
  });
  shapes.assertShape(started, runs.RunStart, 'startTechnique');
  assert.equal(started.type, 'technique');
  assert.equal(started.technique.technique_id, 'tech_emulator_caption');
  const captioned = await client.generations.retrieve(started.run_id);
  assert.equal(captioned.outputs[0].type, 'text');

  const failing = await client.techniques.runs.create('tech_emulator_always_fail', { inputs: [], mode: 'async', callback_url: callbackUrl });
  const failed = await client.generations.retrieve(failing.run_id);
  shapes.assertShape(failed, runs.Run, 'failed');
  assert.equal(failed.status, 'failed');
  assert.equal(typeof failed.error_code, 'string');
  const event = await verified(failing.run_id);
  assert.equal(event.type, 'run.failed');
  assert.equal(event.data.error_code, failed.error_code);
  assert.equal(event.data.error_message, failed.error_message);

  const bad = await client.runs.startTechnique({ technique_id: UPSCALE, workspace_id: workspaceId, inputs: { picture: 'x' } }, { maxRetries: 0 })
    .then(() => assert.fail('expected a 400'), (e) => e);
  assert.ok(bad instanceof BadRequestError, String(bad));
  shapes.assertEnvelope(bad, 'input_validation_error');
});

test('generations.create, runs.startGeneration, generations.retrieve and generations.list, with a verified webhook', async () => {
  const created = await client.generations.create({
    workspace_id: workspaceId, project_id: projectId, type: 'image', prompt: `mug ${tag}`, callback_url: callbackUrl,
  });
  const started = await client.runs.startGeneration({
    workspace_id: workspaceId, project_id: projectId, type: 'video', prompt: `wave ${tag}`, model: 'emulator-video', params: { duration: 3 },
  });
  const failing = await client.generations.create({
    workspace_id: workspaceId, project_id: projectId, type: 'image', prompt: 'x', model: 'emulator-image-always-fail',
  });

  for (const [start, model] of [[created, 'emulator-image'], [started, 'emulator-video']]) {
    shapes.assertShape(start, runs.RunStart, 'start');
    assert.equal(start.type, 'generation');
    assert.equal(start.model.model_id, model);
  }
  const run = await client.generations.retrieve(created.run_id);
  shapes.assertShape(run, runs.Run, 'retrieve');
  assert.equal(run.status, 'completed');
  assert.equal(run.outputs[0].type, 'imageUrl');
  assert.equal((await client.generations.retrieve(failing.run_id)).status, 'failed');
  const listed = [];
  for await (const g of client.generations.list({ project_id: projectId, limit: 2 })) listed.push(g);
  listed.forEach((g, i) => shapes.assertShape(g, runs.GenerationListItem, `generations[${i}]`));
  const ids = listed.map((g) => g.generation_id);
  for (const id of [created.run_id, started.run_id, failing.run_id]) assert.ok(ids.includes(id), `${id} is listed`);
  const failedOnly = [];
  for await (const g of client.generations.list({ status: 'failed' })) failedOnly.push(g);
  assert.ok(failedOnly.every((g) => g.status === 'failed') && failedOnly.some((g) => g.generation_id === failing.run_id));

  const event = await verified(created.run_id);
  assert.deepEqual([event.type, event.data.run_type], ['run.completed', 'generation']);
});

test('models.list answers several types with their params, and filters by type', async () => {
  const all = await client.models.list();
  const video = await client.models.list({ type: 'video' });

  all.models.forEach((m, i) => {
    shapes.assertShape(m, runs.Model, `models[${i}]`);
    m.params.forEach((p, j) => shapes.assertShape(p, runs.ModelParam, `models[${i}].params[${j}]`));
  });
  assert.deepEqual([...new Set(all.models.map((m) => m.type))].sort(), ['audio', 'image', 'text', 'video']);
  assert.ok(all.models.some((m) => m.model_id.includes('fail')));
  assert.ok(video.models.length > 0 && video.models.every((m) => m.type === 'video'));
});
