/**
 * Every detector the package has, for the robustness suites: the presets (`defaultDetectors()`,
 * `patternDetectors()`) plus any detector module under src/detectors/ whose factory (named as the file)
 * builds a detector without options, so a detector is covered as soon as its file exists.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { patternDetectors } from '../../src/core/presets.js';
import type { Detector } from '../../src/core/types.js';
import { defaultDetectors } from '../../src/presets.js';

const DETECTOR_DIR = fileURLToPath(new URL('../../src/detectors/', import.meta.url));

function isDetector(d: unknown): d is Detector {
  return d !== null && typeof d === 'object' && typeof (d as Detector).id === 'string' && typeof (d as Detector).detect === 'function' && Array.isArray((d as Detector).types);
}

/** Detector modules whose factory could not be called without options (reported, not hidden). */
export const skippedFactories: string[] = [];

/**
 * All detectors, one per id: presets first, then the rest of src/detectors/.
 *
 * @example
 * ```ts
 * const all = await allDetectors();
 * ```
 */
export async function allDetectors(): Promise<Detector[]> {
  const byId = new Map<string, Detector>();
  for (const d of [...defaultDetectors(), ...patternDetectors()]) if (!byId.has(d.id)) byId.set(d.id, d);
  for (const file of readdirSync(DETECTOR_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const name = file.slice(0, -3);
    const mod = (await import(`../../src/detectors/${file}`)) as Record<string, unknown>;
    const factory = mod[name];
    if (typeof factory !== 'function') continue;
    try {
      const d: unknown = (factory as () => unknown)();
      if (isDetector(d) && !byId.has(d.id)) byId.set(d.id, d);
    } catch {
      skippedFactories.push(name);
    }
  }
  return [...byId.values()];
}
