import { XMLBuilder } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { XmlElement } from '../../../src/engine/protocol/xml';
import { elementText } from '../../../src/engine/protocol/xmlText';

// The builder as protocol/xml.ts configures it: the writer must give its bytes exactly.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });
const built = (name: string, element: XmlElement) => builder.build({ [name]: [element] }) as string;

const text = (value: string): XmlElement[] => [{ '#text': value }];

const DOCUMENTS: [string, XmlElement][] = [
  [
    'AssumeRoleWithWebIdentityResponse',
    {
      '@_xmlns': 'https://sts.amazonaws.com/doc/2011-06-15/',
      AssumeRoleWithWebIdentityResult: [
        {
          Credentials: [{ AccessKeyId: text('ASIAEXAMPLE'), SecretAccessKey: text('a+b/c=='), Expiration: text('2026-01-15T10:00:00Z') }],
          SubjectFromWebIdentityToken: text('us-east-1:1234'),
          Provider: text('cognito-identity.amazonaws.com'),
        },
      ],
      ResponseMetadata: [{ RequestId: text('c0ffee') }],
    },
  ],
  ['Error', { Code: text('NoSuchKey'), Message: text(`The key <"a" & 'b'> > none`), RequestId: text(''), HostId: text('x') }],
  ['ListBucketResult', { Contents: [{ Key: text('a') }, { Key: text('b') }], Empty: [], Name: text('notes'), Skipped: undefined }],
  ['Tagged', { '@_flag': 'true', '@_quote': `say "hi" & 'bye'`, '#text': 'x < y' }],
  ['Mixed', { '#text': 'before', Child: [{ '@_id': '1' }], After: text('') }],
  ['Nothing', {}],
];

describe('elementText', () => {
  it.each(DOCUMENTS)('writes <%s> exactly as the XML builder does', (name, element) => {
    expect(elementText(name, element)).toBe(built(name, element));
  });

  it('leaves shapes outside the protocols’ own to the builder', () => {
    expect(elementText('Bare', { Item: 'text' as unknown as XmlElement[] })).toBeUndefined();
    expect(elementText('Strings', { Item: ['a', 'b'] })).toBeUndefined();
    expect(elementText('Nulls', { Item: [null as unknown as XmlElement] })).toBeUndefined();
    expect(elementText('?xml', {})).toBeUndefined();
  });
});
