import { writeFileSync } from 'node:fs';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './artifacts.js';
import { composeSupergraph } from './composition.js';

/** `npm run compose`: writes the supergraph the gateway serves and the API schema clients see. */
try {
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  writeFileSync(API_SCHEMA_FILE, apiSchemaSdl);
  console.log(`Wrote ${SUPERGRAPH_FILE.pathname} and ${API_SCHEMA_FILE.pathname}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
