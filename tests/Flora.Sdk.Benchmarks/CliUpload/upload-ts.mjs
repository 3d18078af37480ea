// FLORA's TypeScript SDK 0.11.0 uploading every file of a folder with its own upload(), 8 workers over one queue
// (Promise.all), as a user of that SDK would write it. Prints one JSON line: files, failures, wall time.
// Usage: FLORA_BASE_URL=... FLORA_API_KEY=... node upload-ts.mjs <folder> <workspace_id> [concurrency] [pollIntervalMs]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import FLORA from '@flora-ai/flora';

const [folder, workspaceId, concurrencyText = '8', pollText] = process.argv.slice(2);
const files = readdirSync(folder).filter((name) => !name.startsWith('.')).sort().map((name) => join(folder, name));
const client = new FLORA({ maxRetries: 2 });
let next = 0;
let failed = 0;
const started = performance.now();
async function worker() {
  while (next < files.length) {
    const path = files[next++];
    try {
      await client.assets.upload(path, { workspace_id: workspaceId, ...(pollText ? { pollIntervalMs: Number(pollText) } : {}) });
    } catch (error) {
      failed++;
      if (failed <= 3) console.error(`failed ${path}: ${error?.message ?? error}`);
    }
  }
}
await Promise.all(Array.from({ length: Number(concurrencyText) }, worker));
console.log(JSON.stringify({ files: files.length, failed, seconds: (performance.now() - started) / 1000 }));
