/**
 * Bytes of a draft to text. Offices still save drafts in GBK, so a file that is
 * not valid UTF-8 is read as GB18030 (a superset of GBK). A file that is neither
 * is refused rather than guessed: a check on garbled text would pass anything.
 */

/** How a file was read. `utf-8-bom`: UTF-8 starting with a byte order mark (Windows Notepad). */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

/**
 * Why bytes could not be read as text:
 * - `office`: a Word, WPS or PDF document, not plain text;
 * - `binary`: other binary data (NUL characters);
 * - `utf-8-bom`: starts with a UTF-8 byte order mark, but the rest is not UTF-8;
 * - `utf-16`: starts with a UTF-16 byte order mark, but the rest is not UTF-16;
 * - `unknown`: neither UTF-8 nor GB18030/GBK.
 */
export type DecodeProblem = 'office' | 'binary' | 'utf-8-bom' | 'utf-16' | 'unknown';

export class DecodeError extends Error {
  constructor(
    readonly problem: DecodeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const OFFICE_SIGNATURES: ReadonlyArray<readonly number[]> = [
  [0x50, 0x4b, 0x03, 0x04], // PK: .docx, .wps (new), .odt
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .doc, .wps (old), .et
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the caller has already taken the byte order mark off.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Reads a draft's bytes as text, or throws a DecodeError saying why it cannot. */
export function decode(bytes: Uint8Array): Decoded {
  if (OFFICE_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    throw new DecodeError('office', 'a Word, WPS or PDF document, not a plain-text file');
  }
  let decoded: Decoded | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text === undefined) throw new DecodeError('utf-8-bom', 'starts with a UTF-8 byte order mark but is not valid UTF-8');
    decoded = { text, encoding: 'utf-8-bom' };
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strict(encoding, bytes.subarray(2));
    if (text === undefined) throw new DecodeError('utf-16', `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`);
    decoded = { text, encoding };
  } else {
    // A NUL byte never stands in UTF-8 or GBK text: an image or an archive, said to be one.
    if (bytes.includes(0)) throw new DecodeError('binary', 'contains binary data (NUL characters)');
    const utf8 = strict('utf-8', bytes);
    if (utf8 !== undefined) {
      decoded = { text: utf8, encoding: 'utf-8' };
    } else {
      const gb = strict('gb18030', bytes);
      // U+FFFD would mean characters were lost: refuse rather than check a garbled text.
      if (gb === undefined || gb.includes('\ufffd')) {
        throw new DecodeError('unknown', 'neither UTF-8 nor GBK/GB18030 text');
      }
      decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  if (decoded.text.includes('\u0000')) throw new DecodeError('binary', 'contains binary data (NUL characters)');
  return decoded;
}
