// The peers: other JavaScript PII tools a user might pick instead, each adapted to `scan(text) => spans` with its
// labels mapped to our entity types where an equivalent exists (other labels are kept as they are).
import { readFileSync } from 'node:fs';

const version = (name) => JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

export const PEERS = [
  { id: 'compromise', module: './compromise.mjs', package: 'compromise' },
  { id: 'redact-pii', module: './redactPii.mjs', package: 'redact-pii' },
  { id: 'openredaction', module: './openredaction.mjs', package: '@openredaction/openredaction' },
  { id: 'redactpii-node', module: './redactpiiNode.mjs', package: '@redactpii/node' },
  { id: 'sanitize-pii', module: './sanitizePii.mjs', package: '@cdssnc/sanitize-pii' },
];

/** Loads a peer adapter: `{id, label, version, mapping, create()}`; `null` when the package is not installed. */
export async function loadPeer(id) {
  const peer = PEERS.find((p) => p.id === id);
  if (peer === undefined) throw new Error(`unknown peer ${id}`);
  try {
    const mod = await import(peer.module);
    return { ...mod.default, id, package: peer.package, version: version(peer.package) };
  } catch (e) {
    return { id, package: peer.package, missing: String(e?.message ?? e).split('\n')[0] };
  }
}
