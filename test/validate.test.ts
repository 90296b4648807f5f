// core/schemas/validate.ts (the schema interpreter the runtime validates manifests and IR with) against ajv, the oracle:
// on the real manifests and IR of shipped specs and on thousands of seeded mutations of them (several at once, so the
// order matters too), both report the same errors: keyword, instancePath, params, message and value, in order.
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSource } from '../compiler/compile.js';
import { SourceFile } from '../core/diagnostic.js';
import { moduleToJson } from '../core/ir-json.js';
import { artifactSchema } from '../core/schemas/artifact-schema.js';
import { irSchema } from '../core/schemas/ir-schema.js';
import { schemaValidator, type SchemaError } from '../core/schemas/validate.js';
import { mutateJson, type Json } from './helpers/fuzz-json.js';
import { Rng } from './helpers/fuzz.js';
import { repoRoot } from './helpers/repo.js';

const specs = ['iris', 'mlp'];
const compiled = specs.map((name) => {
  const path = `specs/${name}.model`;
  const r = compileSource(new SourceFile(path, readFileSync(repoRoot + path, 'utf8')), { purpose: 'auto', backend: true });
  if (!r.artifact || !r.module) throw new Error(`${path} does not compile`);
  return { name, manifest: JSON.parse(JSON.stringify(r.artifact.manifest)) as Json, ir: moduleToJson(r.module) as unknown as Json };
});

// schemaPath is compared by its last keyword only: ajv starts it afresh in each definition it compiles as a function of its
// own (which ones is its inlining heuristic), the interpreter at each $ref; both keep an anyOf's branches under its path.
const pick = (e: ErrorObject | SchemaError) => ({ keyword: e.keyword, instancePath: e.instancePath, at: e.schemaPath.split('/').pop(), params: e.params, message: e.message, data: e.data });

for (const [what, schema, key] of [['manifest', artifactSchema, 'manifest'], ['IR', irSchema, 'ir']] as const) {
  test(`the ${what} schema: the interpreter reports what ajv reports, on the shipped specs and 600 mutations of them`, () => {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true }).compile(schema as object);
    const mine = schemaValidator(schema as object);
    let failing = 0;
    for (const c of compiled) {
      assert.ok(mine(c[key]) && ajv(c[key]), `${c.name}: the real ${what} is valid`);
      for (let i = 0; i < 600 / compiled.length; i++) {
        const rng = new Rng(1000 * specs.indexOf(c.name) + i);
        let doc = c[key];
        const done: string[] = [];
        for (let k = 0, n = 1 + rng.int(3); k < n; k++) {
          const m = mutateJson(doc, rng);
          doc = m.value;
          done.push(m.what);
        }
        // JSON text round trip: what a file holds (mutations may put a number JSON cannot keep).
        doc = JSON.parse(JSON.stringify(doc)) as Json;
        const expected = ajv(doc) ? [] : (ajv.errors ?? []).map(pick);
        const actual = mine(doc) ? [] : (mine.errors ?? []).map(pick);
        if (expected.length) failing++;
        assert.equal(actual, expected, `${c.name} after ${done.join('; ')}`);
      }
    }
    assert.ok(failing > 200, `${failing} mutations were invalid`);
  });
}

test('the interpreter refuses a keyword it does not know, as a bug in the schema', () => {
  assert.throws(() => schemaValidator({ type: 'string', format: 'uri' })({}), /schema keyword format is not supported/);
});

test.run();
