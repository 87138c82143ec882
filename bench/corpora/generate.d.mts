// Types of generate.mjs, for the tests in test/bench.
export interface GeneratedSpan {
  start: number;
  end: number;
  type: string;
  text: string;
  origin?: string;
}
export interface GeneratedItem {
  id: string;
  kind: string;
  text: string;
  spans: GeneratedSpan[];
}
export declare const ORIGINS: string[];
export declare const KINDS: string[];
export declare function prng(seed: number): () => number;
export declare function generateCorpus(options?: { count?: number; seed?: number; kinds?: string[] }): GeneratedItem[];
export declare function generateText(options: { chars: number; seed?: number; mix?: 'mixed' | 'prose' | 'table' }): string;
