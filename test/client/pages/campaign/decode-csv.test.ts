import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../../client/pages/campaign/decode-csv';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
// "部门" as Excel on a Chinese-language Windows saves it (GBK).
const GBK_DEPARTMENT = [0xb2, 0xbf, 0xc3, 0xc5];

describe('decodeCsv', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('email,部门\na@x.cn,销售'), 'email,部门\na@x.cn,销售'],
    ['UTF-8 with a byte-order mark', new TextEncoder().encode('\uFEFFemail,name'), 'email,name'],
    ['GBK', new Uint8Array([...ascii('email,'), ...GBK_DEPARTMENT]), 'email,部门'],
    [
      'UTF-16 little-endian with a byte-order mark',
      new Uint8Array(Buffer.from('\uFEFFemail\t部门', 'utf16le')),
      'email\t部门',
    ],
    ['plain ASCII', new Uint8Array(ascii('email;department')), 'email;department'],
  ])('reads %s', (_encoding, bytes, expected) => {
    expect(decodeCsv(bytes)).toBe(expected);
  });
});
