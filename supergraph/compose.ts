import { writeFileSync } from 'node:fs';
import { API_SCHEMA_FILE, SAFELIST_FILE, SUPERGRAPH_FILE } from './artifacts.js';
import { composeSupergraph } from './composition.js';
import { buildSafelist } from './safelist.js';

/** `npm run compose`: writes the supergraph the gateway serves, the API schema clients see, and the safelist. */
try {
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  writeFileSync(API_SCHEMA_FILE, apiSchemaSdl);
  writeFileSync(SAFELIST_FILE, `${JSON.stringify(buildSafelist(), null, 2)}\n`);
  console.log(`Wrote ${SUPERGRAPH_FILE.pathname}, ${API_SCHEMA_FILE.pathname} and ${SAFELIST_FILE.pathname}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
