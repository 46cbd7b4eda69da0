import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPH_NAMES } from '../platform/services.js';

export interface ComposedSupergraph {
  /** Federation 2 supergraph SDL, what the gateway serves. */
  supergraphSdl: string;
  /** The client-facing API schema (no federation machinery), for codegen and clients. */
  apiSchemaSdl: string;
}

/**
 * Composes the subgraphs' schema.graphql files. URLs in the result are the default local
 * ports; a gateway points each subgraph at its configured URL when it starts.
 */
export function composeSupergraph(): ComposedSupergraph {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}
