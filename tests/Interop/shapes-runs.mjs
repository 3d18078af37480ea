// The run-side shapes @flora-ai/flora 0.11.0 declares (src/resources/techniques/*.ts, runs.ts, generations.ts,
// models.ts, lib/webhooks.ts), for shapes.assertShape. 'number?' means optional and, when present, a number (never null).
const mediaType = ['imageUrl', 'videoUrl', 'audioUrl', 'text', 'documentUrl'];
const runStatus = ['pending', 'running', 'completed', 'failed'];

export const TechniqueSlot = {
  id: 'string', name: 'string', type: mediaType,
  accepts_element: 'boolean?', allow_multiple: 'boolean?', description: 'string?', optional: 'boolean?',
  specified_aspect_ratio: 'string?', specified_duration: 'number?',
};

export const Technique = { inputs: 'array', name: 'string', outputs: 'array', run_cost: 'number', technique_id: 'string', description: 'string?' };

export const RunOutput = { output_id: 'string', type: mediaType, url: 'string' };

// RunCreateResponse, RunRetrieveResponse and GenerationRetrieveResponse declare the same fields.
export const Run = {
  created_at: 'number', progress: 'number', run_id: 'string', status: runStatus,
  charged_cost: 'number?', completed_at: 'number?', error_code: 'string?', error_message: 'string?',
  outputs: 'array?', poll_url: 'string?', started_at: 'number?',
};

export const TechniqueRunListItem = {
  ...Run, project_id: 'string', technique: 'object', technique_run_id: 'string', workspace_id: 'string',
};

export const GenerationListItem = {
  ...Run, generation_id: 'string', project_id: 'string', workspace_id: 'string', model: 'object?',
};

// RunStartTechniqueResponse, RunStartGenerationResponse and GenerationCreateResponse.
export const RunStart = {
  charged_cost: 'number', estimated_seconds: 'number|null', run_id: 'string', type: ['generation', 'technique', 'action'],
  action: 'object|null?', model: 'object|null?', poll_url: 'string|null?', project_id: 'string|null?', technique: 'object|null?',
};

export const Model = {
  capabilities: 'array', estimated_credits: 'number', estimated_seconds: 'number', model_id: 'string', name: 'string',
  params: 'array', provider: 'string', type: ['image', 'video', 'audio', 'text'], beta: 'boolean?',
};

export const ModelParam = {
  name: 'string', required: 'boolean',
  type: ['string', 'string[]', 'bool', 'int', 'int?', 'seed', 'float', 'dict'],
  description: 'string?', label: 'string?', max: 'number?', min: 'number?', options: 'array?', properties: 'object?',
};

export const WebhookEvent = { id: 'string', type: ['run.completed', 'run.failed'], api_version: 'string', created_at: 'number', data: 'object' };

export const WebhookRunData = {
  run_id: 'string', run_type: ['generation', 'technique'], workspace_id: 'string', status: ['completed', 'failed'],
  error_code: 'string?', error_message: 'string?',
};
