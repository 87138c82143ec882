/**
 * A small, strict XML tokenizer for OOXML parts. It never expands entities beyond the five predefined ones
 * and numeric character references, rejects any DTD, and limits nesting depth, so untrusted workbooks
 * cannot cause entity-expansion or stack blow-ups. Element names are reported without namespace prefix.
 *
 * @module
 */
import { PiiError } from '../core/errors.js';

/**
 * Attributes of an element, by full name and also by local name (prefix removed) when different.
 *
 * @example
 * ```ts
 * const a: XmlAttrs = { r: 'A1', t: 's' };
 * ```
 */
export type XmlAttrs = Record<string, string>;

/**
 * Callbacks of {@link parseXml}.
 *
 * @example
 * ```ts
 * const h: XmlHandler = { open: (name, attrs) => console.log(name, attrs.r) };
 * ```
 */
export interface XmlHandler {
  open?(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Default largest nesting depth accepted.
 *
 * @example
 * ```ts
 * parseXml(xml, 'part.xml', {}, DEFAULT_MAX_XML_DEPTH);
 * ```
 */
export const DEFAULT_MAX_XML_DEPTH = 256;

function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the predefined XML entities and numeric character references; leaves anything else as written.
 *
 * @example
 * ```ts
 * decodeEntities('O&apos;Neill &amp; Co &#163;'); // "O'Neill & Co £"
 * ```
 */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  let out = '';
  let from = 0;
  for (;;) {
    const a = s.indexOf('&', from);
    if (a === -1) break;
    const semi = s.indexOf(';', a + 1);
    if (semi === -1 || semi - a > 12) {
      out += s.slice(from, a + 1);
      from = a + 1;
      continue;
    }
    const ent = s.slice(a + 1, semi);
    let rep: string | undefined;
    if (ent.charCodeAt(0) === 35 /* # */) {
      const code = ent[1] === 'x' || ent[1] === 'X' ? Number.parseInt(ent.slice(2), 16) : Number.parseInt(ent.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) rep = String.fromCodePoint(code);
    } else rep = NAMED[ent];
    out += s.slice(from, a) + (rep ?? s.slice(a, semi + 1));
    from = semi + 1;
  }
  return out + s.slice(from);
}

const NO_ATTRS: XmlAttrs = Object.freeze({}) as XmlAttrs;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Parses the attributes in `xml[from, to)` (no intermediate substrings of the tag). */
function parseAttrs(xml: string, from: number, to: number, part: string): XmlAttrs {
  let attrs: XmlAttrs | undefined;
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (isSpace(c) || c === 47 /* / */) {
      i++;
      continue;
    }
    let eq = i;
    while (eq < to && xml.charCodeAt(eq) !== 61 /* = */) eq++;
    if (eq >= to) break;
    let ne = eq;
    while (ne > i && isSpace(xml.charCodeAt(ne - 1))) ne--;
    const name = xml.slice(i, ne);
    let q = eq + 1;
    while (q < to && isSpace(xml.charCodeAt(q))) q++;
    c = xml.charCodeAt(q);
    if (c !== 34 && c !== 39) throw new PiiError('MALFORMED_FILE', 'unquoted XML attribute', part);
    const end = xml.indexOf(c === 34 ? '"' : "'", q + 1);
    if (end === -1 || end >= to) throw new PiiError('MALFORMED_FILE', 'unterminated XML attribute', part);
    const value = decodeEntities(xml.slice(q + 1, end));
    attrs ??= {};
    attrs[name] = value;
    const colon = name.indexOf(':');
    if (colon !== -1) {
      const local = name.slice(colon + 1);
      if (!(local in attrs)) attrs[local] = value;
    }
    i = end + 1;
  }
  return attrs ?? NO_ATTRS;
}

/**
 * Tokenizes an XML document and calls the handler for each element start, end and text run.
 * Throws `MALFORMED_FILE` on broken markup or a DTD, and `LIMIT_EXCEEDED` past `maxDepth`.
 *
 * @example
 * ```ts
 * const texts: string[] = [];
 * parseXml('<a><t>x &amp; y</t></a>', 'part.xml', { text: (t) => texts.push(t) });
 * texts; // ['x & y']
 * ```
 */
export function parseXml(xml: string, part: string, handler: XmlHandler, maxDepth = DEFAULT_MAX_XML_DEPTH): void {
  const n = xml.length;
  let i = 0;
  let depth = 0;
  const onText = handler.text;
  const onOpen = handler.open;
  const onClose = handler.close;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && onText !== undefined && depth > 0) onText(decodeEntities(xml.slice(i, textEnd)));
    if (lt === -1) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e === -1) throw new PiiError('MALFORMED_FILE', 'unterminated processing instruction', part);
      i = e + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e === -1) throw new PiiError('MALFORMED_FILE', 'unterminated XML comment', part);
        i = e + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        if (e === -1) throw new PiiError('MALFORMED_FILE', 'unterminated CDATA section', part);
        if (onText !== undefined && depth > 0) onText(xml.slice(lt + 9, e));
        i = e + 3;
        continue;
      }
      throw new PiiError('MALFORMED_FILE', 'DTD or entity declarations are not allowed', part);
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt === -1) throw new PiiError('MALFORMED_FILE', 'unterminated XML tag', part);
    if (c === 47 /* / */) {
      depth--;
      if (depth < 0) throw new PiiError('MALFORMED_FILE', 'unbalanced XML end tag', part);
      if (onClose !== undefined) onClose(localName(xml.slice(lt + 2, gt).trim()));
      i = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const tagEnd = selfClosing ? gt - 1 : gt;
    let ne = lt + 1;
    while (ne < tagEnd && !isSpace(xml.charCodeAt(ne))) ne++;
    if (ne === lt + 1) throw new PiiError('MALFORMED_FILE', 'empty XML tag name', part);
    const name = localName(xml.slice(lt + 1, ne));
    if (onOpen !== undefined) onOpen(name, ne < tagEnd ? parseAttrs(xml, ne, tagEnd, part) : NO_ATTRS, selfClosing);
    if (selfClosing) {
      if (onClose !== undefined) onClose(name);
    } else if (++depth > maxDepth) throw new PiiError('LIMIT_EXCEEDED', `XML nested deeper than ${maxDepth}`, part);
    i = gt + 1;
  }
  if (depth !== 0) throw new PiiError('MALFORMED_FILE', 'truncated XML (unclosed elements)', part);
}

/** Finds the `>` closing a tag, skipping quoted attribute values. Linear in the tag's length. */
function findTagEnd(xml: string, from: number): number {
  const n = xml.length;
  let i = from;
  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    i++;
  }
  return -1;
}
