/**
 * Reading the bytes of a draft: UTF-8 (with or without BOM), UTF-16 with BOM,
 * GBK/GB18030; anything else is refused, never guessed.
 */
import * as assert from 'node:assert/strict';
import { decode, DecodeError, type DecodeProblem } from '../../cli/decode';

/** 一、加强领导，X同志 in GBK, byte by byte. */
const GBK = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xbc, 0xd3, 0xc7, 0xbf, 0xc1, 0xec, 0xb5, 0xbc, 0xa3, 0xac, 0x58, 0xcd, 0xac, 0xd6, 0xbe]);
const TEXT = '一、加强领导，X同志';

function refused(bytes: Uint8Array): DecodeProblem {
  try {
    decode(bytes);
  } catch (error) {
    assert.ok(error instanceof DecodeError);
    return error.problem;
  }
  assert.fail('decoded bytes that should have been refused');
}

describe('decode', () => {
  it('reads UTF-8', () => {
    assert.deepEqual(decode(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8' });
    assert.deepEqual(decode(Buffer.alloc(0)), { text: '', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte order mark and takes the mark off', () => {
    assert.deepEqual(decode(Buffer.from('\ufeff' + TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8-bom' });
  });

  it('keeps a second byte order mark: only the first is the mark', () => {
    assert.equal(decode(Buffer.from('\ufeff\ufeffa', 'utf8')).text, '\ufeffa');
  });

  it('reads GBK as GB18030', () => {
    assert.deepEqual(decode(GBK), { text: TEXT, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte sequences', () => {
    // 𠀀 U+20000 is 95 32 82 36 in GB18030.
    assert.deepEqual(decode(Buffer.concat([Buffer.from([0x95, 0x32, 0x82, 0x36]), GBK])), { text: '𠀀' + TEXT, encoding: 'gb18030' });
  });

  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    assert.deepEqual(decode(le), { text: TEXT, encoding: 'utf-16le' });
    assert.deepEqual(decode(be), { text: TEXT, encoding: 'utf-16be' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 rather than guess', () => {
    assert.equal(refused(Buffer.concat([GBK, Buffer.from([0x81, 0x20])])), 'unknown');
    assert.equal(refused(Buffer.concat([GBK, Buffer.from([0xff])])), 'unknown');
    assert.equal(refused(Buffer.concat([GBK, Buffer.from([0xd2])])), 'unknown'); // a lead byte cut off at the end
  });

  it('refuses a BOM followed by something else', () => {
    assert.equal(refused(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), GBK])), 'utf-8-bom');
    assert.equal(refused(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])), 'utf-16'); // a lone surrogate
    assert.equal(refused(Buffer.from([0xfe, 0xff, 0x4e])), 'utf-16'); // an odd byte count
  });

  it('refuses Word, WPS and PDF documents and other binary data', () => {
    assert.equal(refused(Buffer.from('PK\u0003\u0004\u0014\u0000', 'latin1')), 'office');
    assert.equal(refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'office');
    assert.equal(refused(Buffer.from('%PDF-1.7\n', 'latin1')), 'office');
    assert.equal(refused(Buffer.from('一\u0000二', 'utf8')), 'binary');
    // UTF-16 without a byte order mark has NULs in every other byte: not mistaken for text.
    assert.equal(refused(Buffer.from('abc', 'utf16le')), 'binary');
  });
});
