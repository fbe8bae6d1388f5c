/**
 * @module
 * `pnpm run generate`: writes `src/api-types.ts` from the API's OpenAPI document.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypes, TYPES_FILE } from './api-document.ts';

writeFileSync(TYPES_FILE, await generateTypes());
console.log(`wrote ${fileURLToPath(TYPES_FILE)}`);
