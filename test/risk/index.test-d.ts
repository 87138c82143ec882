import { describe, expectTypeOf, it } from 'vitest';
import { datasetRisk, loadNameFrequencies, nameRisk, type DatasetRiskResult, type NameCoverage, type NameFrequencies, type NameRiskResult, type RiskBand } from '../../src/risk/index.js';

describe('police-pii/risk types', () => {
  it('nameRisk takes a string or parts and returns the documented shape', () => {
    expectTypeOf(nameRisk).parameter(0).toEqualTypeOf<string | { readonly given?: string; readonly surname: string; readonly initials?: string }>();
    expectTypeOf(nameRisk('x')).toEqualTypeOf<NameRiskResult>();
    expectTypeOf<NameRiskResult['band']>().toEqualTypeOf<RiskBand>();
    expectTypeOf<RiskBand>().toEqualTypeOf<'low' | 'medium' | 'high' | 'very-high'>();
    expectTypeOf<NameCoverage>().toEqualTypeOf<'uk-table' | 'us-table' | 'unseen'>();
    expectTypeOf<NameRiskResult['expectedMatchesUK']>().toBeNumber();
    expectTypeOf<NameRiskResult['assumptions']>().toEqualTypeOf<readonly string[]>();
  });

  it('datasetRisk and the loader', () => {
    expectTypeOf(datasetRisk([], { quasiIdentifiers: ['Surname'] })).toEqualTypeOf<DatasetRiskResult>();
    expectTypeOf<DatasetRiskResult['k']>().toBeNumber();
    expectTypeOf(loadNameFrequencies()).toEqualTypeOf<Promise<NameFrequencies>>();
  });
});
