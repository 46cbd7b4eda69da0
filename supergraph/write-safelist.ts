import { writeFileSync } from 'node:fs';
import { SAFELIST_FILE } from './artifacts.js';
import { buildSafelist } from './safelist.js';

/**
 * `npm run safelist`: writes the safelist. After codegen (`npm run generate` runs it last),
 * since the console's operations are read from codegen's output.
 */
writeFileSync(SAFELIST_FILE, `${JSON.stringify(buildSafelist(), null, 2)}\n`);
console.log(`Wrote ${SAFELIST_FILE.pathname}`);
