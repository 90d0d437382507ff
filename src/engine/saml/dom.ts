/**
 * The one XML DOM of the engine's SAML code: @xmldom/xmldom, with xpath, registered with xml-core (under xmldsigjs) so
 * that parsing, canonicalization and signing are the same in Node and in the browser (vite.config.ts keeps xml-core from
 * using the page's own DOMParser), and WebCrypto for RSA. Heavy: only lazy code imports this module.
 */
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { setNodeDependencies } from 'xml-core';
import { Application } from 'xmldsigjs';

setNodeDependencies({ DOMParser, XMLSerializer, DOMImplementation, xpath });
Application.setEngine('WebCrypto', globalThis.crypto);

export const SAML_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const SAML_ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const XMLDSIG = 'http://www.w3.org/2000/09/xmldsig#';
export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
export const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = NonNullable<XmlDocument['documentElement']>;

/**
 * A document from text, or undefined when it is not well-formed or declares a DOCTYPE (a SAML message never needs one,
 * and entities are how XML bombs and external-entity reads start).
 */
export function parseXml(text: string): XmlDocument | undefined {
  if (/<!DOCTYPE/i.test(text)) return undefined;
  try {
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw new Error('not well-formed');
      },
    }).parseFromString(text, 'text/xml');
    return doc.documentElement ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** The XML text of a document or element (xmldom's serializer, as xmldsigjs itself uses). */
export function serializeXml(node: XmlDocument | XmlElement): string {
  return new XMLSerializer().serializeToString(node);
}

/** The element children of `parent` with this namespace and local name, in document order. */
export function childElements(parent: XmlElement, namespace: string, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).namespaceURI === namespace && (node as XmlElement).localName === localName) found.push(node as XmlElement);
  }
  return found;
}

export function firstChild(parent: XmlElement | undefined, namespace: string, localName: string): XmlElement | undefined {
  return parent ? childElements(parent, namespace, localName)[0] : undefined;
}

/** An attribute's value, or undefined when it is absent (xmldom answers '' or null depending on the version). */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

export function textOf(element: XmlElement | undefined): string | undefined {
  return element ? (element.textContent ?? '').trim() : undefined;
}

/** UTF-8 text from base64 (the SAMLResponse form field), or undefined when it is not base64. */
export function decodeBase64(base64: string): string | undefined {
  try {
    const binary = atob(base64.replace(/\s+/g, ''));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Base64 of the UTF-8 bytes of `text` (what a SAMLResponse or SAMLRequest form field carries). */
export function encodeBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The bytes base64 stands for (whitespace ignored, as in PEM and metadata); throws on characters outside base64. */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
}
