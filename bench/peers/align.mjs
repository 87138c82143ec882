// Derives spans from a redactor that only returns redacted text: the output is the input with some substrings
// replaced by known placeholder tokens. We split the output on the tokens; the literal pieces between them must appear
// in the input in order, and whatever the input has between two literal pieces is the redacted span.
// Each literal piece is matched at its first occurrence after the previous span (the last piece must be a suffix).
// Adjacent tokens with no literal between them share one span (reported once per token label). If the pieces
// cannot be aligned, the item yields no spans and `failed` is set, which the bench reports.

/**
 * @param {string} input original text
 * @param {string} output redacted text
 * @param {RegExp} tokens global regex matching the redactor's placeholder tokens
 * @param {(token: string) => string} labelOf maps a token to a label
 * @returns {{spans: {type: string, start: number, end: number}[], failed: boolean}}
 */
export function alignRedacted(input, output, tokens, labelOf) {
  if (input === output) return { spans: [], failed: false };
  const pieces = [];
  const labels = [];
  let last = 0;
  tokens.lastIndex = 0;
  for (let m = tokens.exec(output); m !== null; m = tokens.exec(output)) {
    pieces.push(output.slice(last, m.index));
    labels.push(labelOf(m[0]));
    last = m.index + m[0].length;
    if (m[0].length === 0) tokens.lastIndex++;
  }
  pieces.push(output.slice(last));
  if (labels.length === 0) return { spans: [], failed: true };
  if (!input.startsWith(pieces[0])) return { spans: [], failed: true };
  const spans = [];
  let pos = pieces[0].length;
  let pending = [];
  for (let i = 0; i < labels.length; i++) {
    pending.push(labels[i]);
    const piece = pieces[i + 1];
    const isLast = i === labels.length - 1;
    if (piece.length === 0 && !isLast) continue;
    let end;
    if (isLast) {
      end = input.length - piece.length;
      if (end < pos || !input.endsWith(piece)) return { spans: [], failed: true };
    } else {
      end = input.indexOf(piece, pos + 1);
      if (end === -1) return { spans: [], failed: true };
    }
    if (end > pos) for (const type of new Set(pending)) spans.push({ type, start: pos, end });
    pending = [];
    pos = end + piece.length;
  }
  return { spans, failed: false };
}
