import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { CloudError } from '../kernel/errors';
import type { ServiceModel, ShapeRef } from './shapes';
import { formatTimestamp, fromBase64, parseTimestamp, resolve, toBase64, type TimestampFormat } from './wire';
import { elementText } from './xmlText';

/** An element as the parser gives it: every child (and attribute, `@_name`) as an array, text under `#text`. */
export type XmlElement = { [name: string]: XmlElement[] | string[] | string | undefined; '#text'?: string };

// Every tag an array and every text a node, so the model (not the document) decides what is a list.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  isArray: () => true,
});
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });

/** The root element of an XML document, and its name; throws `code` (MalformedXML, …) for a document that is not well-formed. */
export function parseXml(
  document: string,
  code = 'MalformedXML',
  message = 'The XML you provided was not well-formed or did not validate against our published schema',
): { name: string; element: XmlElement } {
  if (XMLValidator.validate(document) !== true) throw new CloudError(code, message);
  const root = Object.entries(parser.parse(document) as Record<string, XmlElement[]>).find(([name]) => !name.startsWith('?'));
  if (!root || !root[1][0]) throw new CloudError(code, message);
  return { name: root[0], element: root[1][0] };
}

/** A document whose root element `name` holds `content` (an element built by {@link writeXml}), with an XML declaration. */
export function buildXml(name: string, content: XmlElement, namespace?: string): string {
  const root = namespace ? { '@_xmlns': namespace, ...content } : content;
  return `<?xml version="1.0" encoding="UTF-8"?>${elementText(name, root) ?? (builder.build({ [name]: [root] }) as string)}`;
}

const textOf = (element: XmlElement | undefined): string => (element?.['#text'] as string | undefined) ?? '';
const children = (element: XmlElement, name: string): XmlElement[] => (element[name] as XmlElement[] | undefined) ?? [];
const invalid = (value: string, type: string) => new CloudError('MalformedXML', `Value '${value}' is not a valid ${type}.`);

/** An element read into AWS's member names by the model: locationName, flattened lists, maps, xmlAttribute members. */
export function readXml(model: ServiceModel, ref: ShapeRef, element: XmlElement): unknown {
  const shape = resolve(model, ref);
  switch (shape.type ?? 'string') {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (member.location) continue;
        const tag = member.locationName ?? name;
        if (member.xmlAttribute) {
          const attribute = (element[`@_${tag}`] as string[] | undefined)?.[0];
          if (attribute !== undefined) out[name] = scalar(resolve(model, member), attribute);
          continue;
        }
        const found = readMember(model, member, element, tag);
        if (found !== undefined) out[name] = found;
      }
      return out;
    }
    case 'list': {
      const item = shape.member ?? {};
      return children(element, item.locationName ?? 'member').map((child) => readXml(model, item, child));
    }
    case 'map':
      return readEntries(model, shape, children(element, 'entry'));
    default:
      return scalar(shape, textOf(element));
  }
}

/** A structure member: flattened lists and maps repeat under the member's own name, the rest is one element. */
function readMember(model: ServiceModel, ref: ShapeRef, parent: XmlElement, tag: string): unknown {
  const shape = resolve(model, ref);
  const found = children(parent, tag);
  if (found.length === 0) return undefined;
  if (shape.flattened && shape.type === 'list') return found.map((child) => readXml(model, shape.member ?? {}, child));
  if (shape.flattened && shape.type === 'map') return readEntries(model, shape, found);
  return readXml(model, ref, found[0]!);
}

function readEntries(model: ServiceModel, shape: ShapeRef, entries: XmlElement[]): Record<string, unknown> {
  const keyTag = shape.key?.locationName ?? 'key';
  const valueTag = shape.value?.locationName ?? 'value';
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    const value = children(entry, valueTag)[0];
    out[textOf(children(entry, keyTag)[0])] = value ? readXml(model, shape.value ?? {}, value) : '';
  }
  return out;
}

/** A scalar from its text: booleans, numbers, ISO 8601 timestamps, base64 blobs. */
export function scalar(shape: ShapeRef, value: string): unknown {
  switch (shape.type ?? 'string') {
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw invalid(value, 'boolean');
      return value === 'true';
    case 'integer':
    case 'long':
      if (!/^-?\d+$/.test(value)) throw invalid(value, 'integer');
      return Number(value);
    case 'double':
      if (value.trim() === '' || !Number.isFinite(Number(value))) throw invalid(value, 'number');
      return Number(value);
    case 'timestamp': {
      const date = parseTimestamp(value);
      if (!date) throw invalid(value, 'timestamp');
      return date;
    }
    case 'blob': {
      const bytes = fromBase64(value);
      if (!bytes) throw invalid(value, 'base64 value');
      return bytes;
    }
    default:
      return value;
  }
}

/** A scalar as XML and Query text: ISO 8601 timestamps unless the member says otherwise, base64 blobs. */
export function scalarText(shape: ShapeRef, value: unknown): string {
  if (value instanceof Date) return String(formatTimestamp(value, (shape.timestampFormat as TimestampFormat | undefined) ?? 'iso8601'));
  if (value instanceof Uint8Array) return toBase64(value);
  return String(value);
}

/** A value as an element's content, named by the model (locationName, flattened, xmlAttribute, xmlNamespace). */
export function writeXml(model: ServiceModel, ref: ShapeRef, value: unknown): XmlElement {
  const shape = resolve(model, ref);
  switch (shape.type ?? 'string') {
    case 'structure': {
      const out: XmlElement = shape.xmlNamespace ? { '@_xmlns': shape.xmlNamespace.uri } : {};
      const record = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const item = record[name];
        if (item === undefined || item === null || member.location) continue;
        const tag = member.locationName ?? name;
        if (member.xmlAttribute) out[`@_${tag}`] = scalarText(resolve(model, member), item);
        else out[tag] = writeMember(model, member, item);
      }
      return out;
    }
    case 'list': {
      const item = shape.member ?? {};
      return { [item.locationName ?? 'member']: (value as unknown[]).map((v) => writeXml(model, item, v)) };
    }
    case 'map':
      return { entry: writeEntries(model, shape, value as Record<string, unknown>) };
    default:
      return { '#text': scalarText(shape, value) };
  }
}

function writeMember(model: ServiceModel, ref: ShapeRef, value: unknown): XmlElement[] {
  const shape = resolve(model, ref);
  if (shape.flattened && shape.type === 'list') return (value as unknown[]).map((v) => writeXml(model, shape.member ?? {}, v));
  if (shape.flattened && shape.type === 'map') return writeEntries(model, shape, value as Record<string, unknown>);
  return [writeXml(model, ref, value)];
}

function writeEntries(model: ServiceModel, shape: ShapeRef, map: Record<string, unknown>): XmlElement[] {
  return Object.entries(map).map(([k, v]) => ({
    [shape.key?.locationName ?? 'key']: [{ '#text': k }],
    [shape.value?.locationName ?? 'value']: [writeXml(model, shape.value ?? {}, v)],
  }));
}
