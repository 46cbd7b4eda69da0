import { createHash } from 'node:crypto';

/**
 * What `npm run compose` writes and the gateway reads at start. Only the file locations
 * and the safelist's key live here, so the gateway loads them without loading composition.
 */
export const SUPERGRAPH_FILE = new URL('./supergraph.graphql', import.meta.url);
/** The client-facing API schema (no federation machinery), for codegen and clients. */
export const API_SCHEMA_FILE = new URL('./schema.graphql', import.meta.url);
/** Every operation the hub's own clients and tests send, keyed by `operationHash`. */
export const SAFELIST_FILE = new URL('./safelist.json', import.meta.url);

/** The SHA-256 of an operation's printed text: the safelist's key and the hash automatic persisted queries use. */
export const operationHash = (text: string) => createHash('sha256').update(text).digest('hex');
