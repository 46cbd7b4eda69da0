import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../codegen.js';
import { SAFELIST_FILE } from '../supergraph/artifacts.js';
import { buildSafelist } from '../supergraph/safelist.js';

it('the committed generated types match the schemas and operations (run `npm run codegen` if not)', async () => {
  const outputs = await generate({ ...config, silent: true }, false);
  expect(outputs.length).toBeGreaterThan(4);
  for (const { filename, content } of outputs) {
    expect(readFileSync(filename, 'utf8'), filename).toBe(content);
  }
});

it('the committed safelist holds exactly the console’s operations and those in test/operations (run `npm run safelist` if not)', () => {
  expect(JSON.parse(readFileSync(SAFELIST_FILE, 'utf8'))).toEqual(buildSafelist());
});
