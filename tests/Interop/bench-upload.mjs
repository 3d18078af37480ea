// One 100 KB upload with FLORA's TypeScript SDK upload(), against the standalone emulator: API requests and time.
// Run by tests/Flora.Sdk.Benchmarks/upload-bench.sh beside Flora.Sdk's direct and signed paths on the same emulator.
// Requests are counted by wrapping fetch. Their upload() always polls retrieve after the create; the emulator answers
// ready at once, so the first poll is ready and their 1 s poll interval never sleeps (the same for both SDKs).
import { randomBytes } from 'node:crypto';
import { FLORA } from '@flora-ai/flora';

const runs = Number(process.env.BENCH_RUNS ?? 30);
let requests = 0;
const client = new FLORA({ fetch: (url, init) => { requests++; return fetch(url, init); }, maxRetries: 0 });
const workspace_id = process.env.FLORA_WORKSPACE_ID;

function png(size) {
  const bytes = randomBytes(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(bytes, 0);
  bytes.writeUInt32BE(64, 16);
  bytes.writeUInt32BE(32, 20);
  return bytes;
}

const times = [];
let perUpload = 0;
for (let i = -3; i < runs; i++) {
  const bytes = png(100 * 1024);
  const before = requests;
  const started = process.hrtime.bigint();
  const asset = await client.assets.upload(bytes, { workspace_id, file_name: `bench-ts-${i + 3}.png` });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (asset.status !== 'ready') throw new Error(`upload ended ${asset.status}`);
  if (i >= 0) { times.push(ms); perUpload = requests - before; }
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`FLORA TS SDK 0.11.0 upload()   requests/upload ${perUpload}   median ${median.toFixed(2)} ms   mean ${mean.toFixed(2)} ms   (${runs} runs)`);
