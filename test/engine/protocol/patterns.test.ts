import { describe, expect, it } from 'vitest';
import { compilePattern, translateJavaPattern } from '../../../src/engine/protocol/patterns';

describe('Java model patterns in JavaScript', () => {
  it('matches the whole value, as AWS does', () => {
    const regex = compilePattern('[\\w+]+')!;
    expect(regex.test('abc+1')).toBe(true);
    expect(regex.test('abc def')).toBe(false);
  });

  it('turns a leading (?s) into the s flag', () => {
    expect(translateJavaPattern('(?s).*')).toEqual({ source: '.*', flags: 's' });
    expect(compilePattern('(?s).*')!.test('two\nlines')).toBe(true);
  });

  it('drops needless escapes JavaScript rejects with the u flag, inside and outside classes', () => {
    expect(translateJavaPattern('[\\w\\:\\@]+\\:x')?.source).toBe('[\\w:@]+:x');
    expect(compilePattern('[\\w\\:]+')!.test('a:b')).toBe(true);
    expect(translateJavaPattern('[\\w\\-.]+')?.source).toBe('[\\w\\-.]+');
  });

  it('spells Java property names JavaScript lacks', () => {
    expect(compilePattern('\\p{Alpha}+')!.test('abc')).toBe(true);
    expect(compilePattern('[\\p{Alnum}_]+')!.test('a_1')).toBe(true);
    expect(compilePattern('\\p{IsLatin}+')!.test('abc')).toBe(true);
    expect(compilePattern('\\p{javaLowerCase}+')!.test('abc')).toBe(true);
    expect(compilePattern('[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+')!.test('abc.xyz@gmail.com')).toBe(true);
  });

  it('reads possessive quantifiers, atomic groups, \\Q…\\E and \\A…\\z as their nearest JavaScript forms', () => {
    expect(translateJavaPattern('a++b*+')?.source).toBe('a+b*');
    expect(translateJavaPattern('(?>ab)')?.source).toBe('(?:ab)');
    expect(compilePattern('\\Qa.b\\E')!.test('a.b')).toBe(true);
    expect(compilePattern('\\Qa.b\\E')!.test('axb')).toBe(false);
    expect(translateJavaPattern('\\Aab\\z')?.source).toBe('^ab$');
  });

  it('gives null, never an exception, for what it cannot translate or compile', () => {
    expect(compilePattern('[a-z&&[^b]]')).toBeNull();
    expect(compilePattern('\\p{InGreek}')).toBeNull();
    expect(compilePattern('(unclosed')).toBeNull();
  });
});
