import { describe, expectTypeOf, it } from 'vitest';
import type { Detector, EntityType, Finding, Pipeline } from '../../src/core/types.js';
import { createPipeline, redact, type Operator, type RedactResult } from '../../src/core/index.js';
import { scan } from '../../src/index.js';

describe('public types', () => {
  it('scan returns Finding[] synchronously', () => {
    expectTypeOf(scan).returns.toEqualTypeOf<Finding[]>();
    expectTypeOf(scan('x')[0]!.type).toEqualTypeOf<EntityType>();
  });
  it('EntityType is a closed union of the spec names', () => {
    expectTypeOf<'PERSON'>().toMatchTypeOf<EntityType>();
    expectTypeOf<'OFFICER_ID'>().toMatchTypeOf<EntityType>();
    expectTypeOf<'NAME'>().not.toMatchTypeOf<EntityType>();
  });
  it('Finding has the contract fields, read-only', () => {
    expectTypeOf<Finding>().toHaveProperty('start').toEqualTypeOf<number>();
    expectTypeOf<Finding>().toHaveProperty('detector').toEqualTypeOf<string>();
  });
  it('createPipeline returns a Pipeline whose scan is synchronous', () => {
    expectTypeOf(createPipeline).returns.toEqualTypeOf<Pipeline>();
    expectTypeOf<Pipeline['scan']>().returns.toEqualTypeOf<Finding[]>();
  });
  it('redact takes operators as functions', () => {
    expectTypeOf(redact).returns.toEqualTypeOf<RedactResult>();
    expectTypeOf<Operator>().toEqualTypeOf<(f: Finding) => string>();
    expectTypeOf<Detector['detect']>().returns.toEqualTypeOf<Finding[]>();
  });
});
