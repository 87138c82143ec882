/**
 * `police-pii`: the accurate default. Every text detector with its lexicons; `scan` is synchronous.
 *
 * @example
 * ```ts
 * import { scan, redact } from 'police-pii';
 * const text = 'DS Amara Okafor (collar 4521), a.okafor@met.police.uk';
 * const findings = scan(text);
 * console.log(redact(text, findings).text);
 * ```
 *
 * @module
 */
import { createPipeline } from './core/pipeline.js';
import type { Finding, Pipeline, PipelineOptions, ScanOptions } from './core/types.js';
import { defaultDetectors } from './presets.js';

export * from './core/index.js';
export { defaultDetectors } from './presets.js';
export { personName, foldName } from './detectors/personName.js';
export type { PersonNameOptions } from './detectors/personName.js';
export { rosterDetector, rosterMatcher } from './detectors/rosterDetector.js';
export { loadPersonNameNlp } from './detectors/personNameNlp.js';
export type { PersonNameNlpOptions } from './detectors/personNameNlp.js';
export type { StaffMember, RosterOptions, RosterMatch, RosterMatcher } from './detectors/rosterDetector.js';

/**
 * Options of the root {@link scan}: pipeline options (without `detectors`) and per-call options.
 *
 * @example
 * ```ts
 * const o: DefaultScanOptions = { minScore: 0.7, types: ['PERSON'] };
 * ```
 */
export type DefaultScanOptions = Omit<PipelineOptions, 'detectors'> & ScanOptions & { readonly detectors?: PipelineOptions['detectors'] };

/**
 * The default pipeline, freshly built.
 *
 * @example
 * ```ts
 * const p = defaultPipeline({ minScore: 0.7 });
 * p.scan('PC Jones');
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defaultPipeline(options: Omit<PipelineOptions, 'detectors'> & { readonly detectors?: PipelineOptions['detectors'] } = {}): Pipeline {
  return createPipeline({ ...options, detectors: options.detectors ?? defaultDetectors() });
}

/**
 * Scans a text with the default pipeline (every detector the package has). Synchronous.
 *
 * @example
 * ```ts
 * scan('Contact DS Okafor on a.okafor@met.police.uk').map((f) => f.type);
 * // ['POLICE_RANK', 'PERSON', 'EMAIL']
 * ```
 */
export function scan(text: string, options: DefaultScanOptions = {}): Finding[] {
  const { cell, ...pipelineOptions } = options;
  const scanOptions = cell === undefined ? undefined : { cell };
  if (Object.keys(pipelineOptions).length > 0) return defaultPipeline(pipelineOptions).scan(text, scanOptions);
  // The option-free default pipeline is built on first use and reused: it is immutable, so sharing it is safe.
  plain ??= defaultPipeline();
  return plain.scan(text, scanOptions);
}

let plain: Pipeline | undefined;
