// FLORA's official TypeScript SDK, @flora-ai/flora 0.11.0, against the standalone emulator: every canvas, action and
// library method it has (issue #30), with the shapes its types declare (src/resources/actions.ts, projects/{actions,
// canvas}.ts, workspaces/**). .ci/interop.sh starts the emulator and sets FLORA_BASE_URL, FLORA_API_KEY,
// FLORA_WORKSPACE_ID and FLORA_FOLDER_ID (the project folder id the emulator prints; any fld_ id is accepted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { FLORA, BadRequestError, NotFoundError } from '@flora-ai/flora';
import * as shapes from './shapes.mjs';

const workspaceId = required('FLORA_WORKSPACE_ID');
const folderId = required('FLORA_FOLDER_ID');
required('FLORA_BASE_URL');
required('FLORA_API_KEY');
const client = new FLORA();
const run = randomUUID().slice(0, 8);

function required(name) {
  const value = process.env[name];
  assert.ok(value, `${name} is not set: run this through .ci/interop.sh, which starts the emulator`);
  return value;
}

const media = ['image', 'video', 'text', 'audio'];
const Slot = { name: 'string', type: media };
const Param = { key: 'string', type: 'string', available_values: 'array?', info_tooltip: 'string?', label: 'string?',
  max_number_value: 'number?', min_number_value: 'number?', number_step: 'number?' };
const Action = { action_id: 'string', charged_cost: 'number', description: 'string', inputs: 'array',
  language: ['javascript', 'python'], name: 'string', outputs: 'array', params: 'array' };
const RunResponse = { charged_cost: 'number', estimated_seconds: 'number|null', run_id: 'string',
  type: ['generation', 'technique', 'action'], action: 'object|null?', model: 'object|null?', poll_url: 'string|null?',
  project_id: 'string|null?', technique: 'object|null?' };
const Summary = { edge_count: 'number', group_count: 'number', isolated_node_count: 'number', node_count: 'number', workflow_count: 'number' };
const Project = { created_at: 'number', last_modified: 'number|null', name: 'string', origin: 'string|null', project_id: 'string', workspace_id: 'string' };
const GraphNode = { id: 'string', action: 'object|null', label: 'string', model: 'string|null', model_id: 'string|null',
  node_id: 'string', output_text: 'string|null', output_url: 'string|null', params: 'object|null', position: 'object',
  prompt: 'string|null', status: ['idle', 'generating', 'done', 'error', null], type: 'string', error_code: 'string?', error_message: 'string?' };
const Definition = { edges: 'array', node_inputs: 'object', node_outputs: 'object', nodes: 'array', layer_editor_documents: 'object?' };
const DefinitionResponse = { canvas_url: 'string', definition: 'object', project_id: 'string', summary: 'object' };

/** A slot: name and type, and optional booleans dynamic/optional and multiple (true or {min?, max?}), never null. */
function assertSlot(slot, path) {
  shapes.assertShape(slot, Slot, path);
  for (const flag of ['dynamic', 'optional']) {
    if (flag in slot) assert.equal(typeof slot[flag], 'boolean', `${path}.${flag}`);
  }
  if ('multiple' in slot) assert.ok(slot.multiple === true || shapes.assertShape(slot.multiple, { min: 'number?', max: 'number?' }, `${path}.multiple`) === undefined);
}

function assertAction(action, path) {
  shapes.assertShape(action, Action, path);
  action.inputs.forEach((s, i) => assertSlot(s, `${path}.inputs[${i}]`));
  action.outputs.forEach((s, i) => assertSlot(s, `${path}.outputs[${i}]`));
  action.params.forEach((p, i) => shapes.assertShape(p, Param, `${path}.params[${i}]`));
}

function assertDefinition(response) {
  shapes.assertShape(response, DefinitionResponse, 'definition response');
  shapes.assertShape(response.definition, Definition, 'definition');
  shapes.assertShape(response.summary, Summary, 'summary');
  response.definition.nodes.forEach((n, i) => shapes.assertShape(n, { id: 'string', data: 'object', position: 'object', type: 'string', parent_id: 'string?' }, `nodes[${i}]`));
  response.definition.edges.forEach((e, i) => shapes.assertShape(e, { id: 'string', source: 'string', source_handle: 'string|null', target: 'string', target_handle: 'string|null', data: 'object?', type: 'string?' }, `edges[${i}]`));
}

async function newProject(name) {
  const project = await client.workspaces.projects.create(workspaceId, { name: `${name} ${run}` });
  shapes.assertShape(project, Project, 'workspaces.projects.create');
  return project.project_id;
}

/** GET /runs/{id} until the run ends (the emulator's ProcessingTime, zero in CI). */
async function finished(runId) {
  for (let i = 0; i < 100; i++) {
    const polled = await client.get(`/runs/${runId}`);
    if (polled.status === 'completed' || polled.status === 'failed') return polled;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`run ${runId} never ended`);
}

test('actions.list answers the 40 slugs of the SDK, each shaped as ActionListResponse.Action', async () => {
  const list = await client.actions.list();

  assert.equal(list.actions.length, 40);
  list.actions.forEach((a, i) => assertAction(a, `actions[${i}]`));
  assert.ok(list.actions.some((a) => a.action_id === 'merge-audio-into-video'));
});

test('actions.retrieve answers one action; an unknown slug is a NotFoundError', async () => {
  const action = await client.actions.retrieve('rotate-image-browser');

  assertAction(action, 'action');
  assert.equal(action.action_id, 'rotate-image-browser');
  assert.ok(action.params.some((p) => p.key === 'canvas_mode' && p.available_values.length === 3));
  const error = await client.actions.retrieve('rotate-image').catch((e) => e);
  assert.ok(error instanceof NotFoundError, String(error));
});

test('actions.run starts a headless action run that completes with outputs', async () => {
  const projectId = await newProject('Actions');
  const started = await client.actions.run({
    action_id: 'color-grade-image-browser',
    inputs: [{ type: 'image', url: 'https://media.flora.ai/photo.png' }],
    project_id: projectId,
    workspace_id: workspaceId,
    params: { brightness: 10, show_scope: false },
  });

  shapes.assertShape(started, RunResponse, 'actions.run');
  assert.equal(started.type, 'action');
  assert.equal(started.action.action_id, 'color-grade-image-browser');
  const done = await finished(started.run_id);
  assert.equal(done.status, 'completed');
  assert.ok(done.outputs.length > 0, JSON.stringify(done));
  const refused = await client.actions.run({ action_id: 'rotate-image-browser', inputs: [], project_id: projectId, workspace_id: workspaceId }).catch((e) => e);
  assert.ok(refused instanceof BadRequestError, String(refused));
});

test('projects.actions.create puts an action node on the canvas; projects.actions.run runs it', async () => {
  const projectId = await newProject('Action nodes');
  const node = await client.projects.actions.create(projectId, { action_id: 'blur-image-browser', params: { radius: 4 } });

  shapes.assertShape(node, { action_id: 'string', canvas_url: 'string', node_id: 'string', project_id: 'string' }, 'projects.actions.create');
  const started = await client.projects.actions.run(node.node_id, { projectId });
  shapes.assertShape(started, RunResponse, 'projects.actions.run');
  assert.equal(started.type, 'action');
  assert.equal((await finished(started.run_id)).status, 'completed');
});

test('projects.canvas.update adds a Mermaid flowchart that canvas.retrieve, graph and retrieveDefinition all show', async () => {
  const projectId = await newProject('Canvas');
  const updated = await client.projects.canvas.update(projectId, {
    diagram: 'graph LR\n  source["(Image)"]\n  output["Editorial campaign image (Image)"]\n  source --> output',
    node_params: { source: { content_url: 'https://media.flora.ai/photo.png' } },
  });

  shapes.assertShape(updated, { canvas_url: 'string', created_edge_count: 'number', created_node_count: 'number', diagram: 'string', project_id: 'string', warnings: 'array?' }, 'canvas.update');
  assert.equal(updated.created_node_count, 2);
  const canvas = await client.projects.canvas.retrieve(projectId);
  shapes.assertShape(canvas, { canvas_url: 'string', diagram: 'string', project_id: 'string', summary: 'object' }, 'canvas.retrieve');
  shapes.assertShape(canvas.summary, Summary, 'canvas.retrieve.summary');
  assert.equal(canvas.summary.edge_count, 1);
  const graph = await client.workspaces.projects.graph(projectId, { workspaceId });
  shapes.assertShape(graph, { canvas_url: 'string', edges: 'array', nodes: 'array', project_id: 'string', revision: 'string' }, 'graph');
  graph.nodes.forEach((n, i) => shapes.assertShape(n, GraphNode, `graph.nodes[${i}]`));
  graph.edges.forEach((e, i) => shapes.assertShape(e, { from: 'string', in: 'string|null', to: 'string' }, `graph.edges[${i}]`));
  assert.equal(graph.nodes.length, 2);
  const definition = await client.workspaces.projects.canvas.retrieveDefinition(projectId, { workspaceId });
  assertDefinition(definition);
  assert.deepEqual(definition.definition.nodes.map((n) => n.id).sort(), graph.nodes.map((n) => n.node_id).sort());
});

test('workspaces.projects.canvas.applyChangeset applies as a whole, or refuses as a whole', async () => {
  const projectId = await newProject('Changeset');
  const applied = await client.workspaces.projects.canvas.applyChangeset(projectId, {
    workspaceId,
    add: [{ ref: 'cat', type: 'image', prompt: 'a cat' }, { ref: 'caption', type: 'text', prompt: 'describe it' }],
    connect: [{ from: 'cat', to: 'caption', in: 'image' }],
  });

  shapes.assertShape(applied, { applied: 'object', canvas_url: 'string', created: 'object', project_id: 'string', revision: 'string', warnings: 'array' }, 'applyChangeset');
  assert.deepEqual(applied.applied, { added: 2, connected: 1, disconnected: 0, removed: 0, updated: 0 });
  shapes.assertShape(applied.created.cat, { id: 'string', node_id: 'string' }, 'created.cat');
  assert.equal((await client.workspaces.projects.graph(projectId, { workspaceId })).revision, applied.revision);
  const refused = await client.workspaces.projects.canvas.applyChangeset(projectId, {
    workspaceId,
    update: [{ id: applied.created.cat.id, prompt: 'a dog' }],
    remove: [{ id: 'n404' }],
  }).catch((e) => e);
  assert.ok(refused instanceof BadRequestError, String(refused));
  shapes.assertEnvelope(refused, 'input_validation_error');
  const after = await client.workspaces.projects.graph(projectId, { workspaceId });
  assert.equal(after.revision, applied.revision);
  assert.equal(after.nodes.find((n) => n.id === applied.created.cat.id).prompt, 'a cat');
});

test('workspaces.projects.canvas.replaceDefinition replaces the canvas; the graph shows the new one', async () => {
  const projectId = await newProject('Definition');
  const replaced = await client.workspaces.projects.canvas.replaceDefinition(projectId, {
    workspaceId,
    definition: {
      nodes: [
        { id: 'node_a', type: 'emptyImageBlock', data: { label: 'A', prompt: 'a lighthouse' }, position: { x: 0, y: 0 } },
        { id: 'node_b', type: 'textBlock', data: { label: 'B' } },
      ],
      edges: [{ id: 'edge_ab', source: 'node_a', source_handle: null, target: 'node_b', target_handle: 'image' }],
      node_inputs: {},
      node_outputs: {},
    },
  });

  assertDefinition(replaced);
  assert.equal(replaced.summary.node_count, 2);
  const graph = await client.workspaces.projects.graph(projectId, { workspaceId });
  assert.deepEqual(graph.nodes.map((n) => n.label), ['A', 'B']);
  assert.equal(graph.edges[0].in, 'image');
});

test('workspaces.projects.runNodes starts generation nodes and skips the others, each run completing', async () => {
  const projectId = await newProject('Run nodes');
  const { created } = await client.workspaces.projects.canvas.applyChangeset(projectId, {
    workspaceId,
    add: [{ ref: 'gen', type: 'image', prompt: 'a red bicycle' }, { ref: 'frame', type: 'group' }],
  });
  const response = await client.workspaces.projects.runNodes(projectId, { workspaceId, node_ids: [created.gen.id, created.frame.id, 'n404'] });

  shapes.assertShape(response, { project_id: 'string', runs: 'array' }, 'runNodes');
  const [started, group, missing] = response.runs;
  shapes.assertShape(started, { node_id: 'string', status: ['started'], charged_cost: 'number|null?', estimated_seconds: 'number|null?', model: 'object|null?', poll_url: 'string', run_id: 'string', type: ['generation'] }, 'runs[0]');
  assert.deepEqual([group.status, group.reason, missing.reason], ['skipped', 'node_not_executable', 'node_not_found']);
  assert.equal((await finished(started.run_id)).status, 'completed');
  const node = (await client.workspaces.projects.graph(projectId, { workspaceId })).nodes.find((n) => n.id === created.gen.id);
  assert.equal(node.status, 'done');
  assert.ok(node.output_url);
});

test('workspaces.folders.createProject files a project in the printed folder (and any fld_ one)', async () => {
  const project = await client.workspaces.folders.createProject(folderId, { workspaceId, name: `Foldered ${run}` });

  shapes.assertShape(project, Project, 'folders.createProject');
  assert.equal(project.workspace_id, workspaceId);
  const other = await client.workspaces.folders.createProject(`fld_${run}`, { workspaceId, name: `Other ${run}` });
  assert.notEqual(other.project_id, project.project_id);
});

test('workspaces.library.folders create, addItem and delete; a deleted folder is gone', async () => {
  const folder = await client.workspaces.library.folders.create(workspaceId, { name: `Clips ${run}` });
  shapes.assertShape(folder, { folder_id: 'string', name: 'string', workspace_id: 'string' }, 'library.folders.create');

  const item = await client.workspaces.library.folders.addItem(folder.folder_id, { workspaceId, type: 'image', source: 'https://media.flora.ai/clip.png' });
  shapes.assertShape(item, { folder_id: 'string', saved_node_id: 'string', workspace_id: 'string', asset_id: 'string?', url: 'string|null?' }, 'addItem');
  assert.ok(item.asset_id);
  const text = await client.workspaces.library.folders.addItem(folder.folder_id, { workspaceId, type: 'text', text: 'a quote' });
  shapes.assertShape(text, { folder_id: 'string', saved_node_id: 'string', workspace_id: 'string', asset_id: 'string?', url: 'string|null?' }, 'addItem text');

  const deleted = await client.workspaces.library.folders.delete(folder.folder_id, { workspaceId });
  assert.deepEqual(deleted, { deleted: true, folder_id: folder.folder_id, workspace_id: workspaceId });
  const gone = await client.workspaces.library.folders.addItem(folder.folder_id, { workspaceId, type: 'text', text: 'late' }).catch((e) => e);
  assert.ok(gone instanceof NotFoundError, String(gone));
  shapes.assertEnvelope(gone, 'not_found');
});
