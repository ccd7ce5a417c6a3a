// Writes scenarios/schema.json, the JSON Schema editors use to check and explain scenario files
// (`# yaml-language-server: $schema=./schema.json`). Run after changing src/sim/scenario-file/file-schema.ts:
//   npx tsx scripts/write-schema.ts
// tests/sim/schema.test.ts fails while the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/sim/schema.js';

const target = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
