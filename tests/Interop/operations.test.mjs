// Every operation FLORA's TypeScript SDK has is in docs/flora-operations.json, with the Flora.Sdk call for it. This
// reads the operations from the installed package itself (its resource objects and their methods, and its webhooks
// helper), so a FLORA SDK that adds one fails here until the .NET list has it; OperationCoverageTests (in
// tests/Flora.Sdk.Tests) then fails until the .NET call exists. No request is sent: the client is only walked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FLORA } from '@flora-ai/flora';

const listed = JSON.parse(readFileSync(new URL('../../docs/flora-operations.json', import.meta.url), 'utf8')).operations;

/** "resource.sub.method" for every method of every resource object reachable from the client, and of its webhooks helper. */
function operationsOf(client) {
  const operations = [];
  const visited = new Set();
  const walk = (resource, prefix) => {
    if (visited.has(resource)) return;
    visited.add(resource);
    const prototype = Object.getPrototypeOf(resource);
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name !== 'constructor' && !name.startsWith('_') && typeof prototype[name] === 'function') {
        operations.push(prefix + name);
      }
    }
    for (const [key, value] of Object.entries(resource)) {
      if (!key.startsWith('_') && value !== null && typeof value === 'object' && value !== client && '_client' in value) {
        walk(value, `${prefix}${key}.`);
      }
    }
  };
  for (const [key, value] of Object.entries(client)) {
    if (key.startsWith('_') || value === null || typeof value !== 'object') continue;
    if ('_client' in value || key === 'webhooks') walk(value, `${key}.`);
  }
  return operations.sort();
}

test("every operation of FLORA's SDK has a Flora.Sdk call in docs/flora-operations.json", () => {
  const theirs = operationsOf(new FLORA({ apiKey: 'not-used', baseURL: 'http://127.0.0.1:9' }));
  const ours = new Set(listed.map((operation) => operation.ts));
  assert.ok(theirs.length >= 43, `expected FLORA's SDK 0.11.0 to have at least 43 operations, walked ${theirs.length}`);
  assert.deepEqual(theirs.filter((name) => !ours.has(name)), [], 'operations of FLORA\'s SDK missing from docs/flora-operations.json');
  assert.deepEqual([...ours].filter((name) => !theirs.includes(name)).sort(), [], 'docs/flora-operations.json lists operations FLORA\'s SDK does not have');
});

test('every listed operation names a .NET call', () => {
  for (const operation of listed) {
    assert.match(operation.dotnet ?? '', /^[A-Z][A-Za-z]*(\.[A-Z][A-Za-z]*)+$/, `${operation.ts} has no .NET call`);
  }
});
