import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaChanges } from '../../supergraph/schema-changes.js';
import { schemaProblems } from '../../supergraph/schema-rules.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('schema lint (npm run lint)', () => {
  it('names each missing description and each name against the conventions', () => {
    const schema = buildSchema(`
      """Root."""
      type Query {
        """Fine."""
        cluster_name: String
        undescribed(Code: ID): Int
      }
      """Root of writes."""
      type Mutation {
        """Two arguments and no payload."""
        renameCluster("""Id.""" id: ID!, """Name.""" name: String!): String
      }
      """Statuses."""
      enum Status {
        """Fine."""
        OPEN
        closed
      }
      """A filter."""
      input ClusterFilter {
        """Region."""
        regionCode: ID
      }
    `);
    expect(schemaProblems(schema)).toEqual([
      "Query.cluster_name: a field's name is camelCase",
      'Query.undescribed: no description',
      'Query.undescribed(Code): no description',
      "Query.undescribed(Code): an argument's name is camelCase",
      'Mutation.renameCluster: a mutation takes one argument, input',
      'Mutation.renameCluster: a mutation returns a …Payload',
      'Status.closed: no description',
      'Status.closed: an enum value is SCREAMING_SNAKE_CASE',
      "ClusterFilter: an input type's name ends in Input",
    ]);
  });
});

describe('breaking-change check (npm run schema:check)', () => {
  const before = `"""Root.""" type Query { """A.""" clusters(regionCode: ID): [Cluster!]! }
    """C.""" type Cluster { """Id.""" id: ID! """Name.""" name: String! """Size.""" doctorCount: Int! }`;

  it('finds a removed field and a field made nullable as breaking, an added field as not', async () => {
    const after = `"""Root.""" type Query { """A.""" clusters(regionCode: ID): [Cluster!]! }
      """C.""" type Cluster { """Id.""" id: ID! """Name.""" name: String """Founded.""" foundedOn: String }`;
    const changes = await schemaChanges('api', before, after, []);
    expect(
      changes
        .filter((change) => change.breaking)
        .map((change) => change.path)
        .sort(),
    ).toEqual(['Cluster.doctorCount', 'Cluster.name']);
    expect(changes.find((change) => change.path === 'Cluster.foundedOn')?.breaking).toBe(false);
    expect(changes.every((change) => !change.declared)).toBe(true);
  });

  it('lets a breaking change through when it is declared for that schema and path', async () => {
    const after = before.replace('"""Size.""" doctorCount: Int!', '');
    const declared = [{ schema: 'api' as const, path: 'Cluster.doctorCount', reason: 'announced 2026-11-01' }];
    expect((await schemaChanges('api', before, after, declared)).map((change) => change.declared)).toEqual([true]);
    expect((await schemaChanges('clusters', subgraph(before), subgraph(after), declared)).map((change) => change.declared)).toEqual([
      false,
    ]);
  });

  it('passes the repository against its own HEAD', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'supergraph/schema-check.ts', '--base', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toContain('no undeclared breaking change against HEAD');
  });
});

/** The same types as a Federation 2 subgraph. */
function subgraph(sdl: string): string {
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])\n${sdl.replace('type Cluster', 'type Cluster @key(fields: "id")')}`;
}
