/**
 * An element written as XML text, byte for byte what fast-xml-parser's XMLBuilder writes with the options protocol/xml.ts
 * gives it (attributes `@_name`, text `#text`, no empty-node suppression, entities escaped), for the shapes the protocols
 * build: every child a list of elements, every text and attribute a string. It costs a fraction of the builder's walk
 * (an STS answer is written per enhanced-flow sign-in); anything else (a processing instruction, a null, a bare value
 * where a list belongs) returns undefined, and the builder writes it.
 */
import type { XmlElement } from './xml';

const ENTITY = /[&<>'"]/;
const ENTITIES = /[&<>'"]/g;
const REPLACEMENT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };

/** The builder's entity replacement (for text and attribute values alike). */
const escaped = (value: string): string => (ENTITY.test(value) ? value.replace(ENTITIES, (c) => REPLACEMENT[c]!) : value);

/** `<name …>…</name>`, or undefined for a shape the builder alone should write. */
export function elementText(name: string, element: XmlElement): string | undefined {
  if (name.startsWith('?')) return undefined;
  let attributes = '';
  let content = '';
  for (const key in element) {
    if (!Object.hasOwn(element, key)) continue;
    const value = element[key];
    if (value === undefined) continue;
    if (key === '#text') {
      if (typeof value !== 'string') return undefined;
      content += escaped(value);
    } else if (key.startsWith('@_')) {
      if (typeof value !== 'string') return undefined;
      const text = escaped(value);
      // The builder writes an attribute whose value is "true" as a bare name (its suppressBooleanAttributes default).
      attributes += text === 'true' ? ` ${key.slice(2)}` : ` ${key.slice(2)}="${text}"`;
    } else {
      if (!Array.isArray(value) || key.startsWith('?')) return undefined;
      for (const child of value) {
        if (child === undefined) continue;
        if (child === null || typeof child !== 'object') return undefined;
        const written = elementText(key, child);
        if (written === undefined) return undefined;
        content += written;
      }
    }
  }
  return `<${name}${attributes}>${content}</${name}>`;
}
