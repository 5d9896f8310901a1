// Generators shared by every distribution fuzz test: hostile keys and values, any JSON at all, request
// bodies as sent (sometimes cut short or not JSON) with their content types, and values that are mostly right.

import fc from 'fast-check';

export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '\u0000',
    '🙂',
  ),
  fc.constantFrom(
    'csv',
    'kind',
    'name',
    'departmentIds',
    'answers',
    'emailTemplates',
    'closesAt',
    'languages',
  ),
  fc.string({ maxLength: 40 }),
);
export const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '',
    ' ',
    null,
    true,
    0,
    -1,
    1e308,
    [],
    {},
    ['x'],
    { $ne: null },
    JSON.parse('{"__proto__": {"isOwner": true}}') as unknown,
    'x'.repeat(5000),
  ),
);
const hostileObject = fc.dictionary(hostileKey, hostileValue, { maxKeys: 6 });
/** Some other request's body, a hostile object, or any JSON at all. */
export const anyBody = fc.oneof(hostileObject, fc.jsonValue({ maxDepth: 8 }));

/** The request body as sent: mostly the JSON of `body`, sometimes cut short, sometimes not JSON at all. */
const payloadOf = (body: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 14, arbitrary: body.map((b) => JSON.stringify(b) ?? '') },
    {
      weight: 1,
      arbitrary: fc.tuple(body, fc.nat()).map(([b, n]) => {
        const text = JSON.stringify(b) ?? '';
        return text.slice(0, n % (text.length + 1));
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );
const contentType = fc.oneof(
  { weight: 24, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/json; charset=utf-16',
      'APPLICATION/JSON',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
      '',
    ),
  },
);
export const requestOf = (body: fc.Arbitrary<unknown>) =>
  fc.record({ payload: payloadOf(body), contentType });

/** Values that are mostly right, sometimes nearly right, and now and then anything at all. */
export const mostly = <T>(valid: fc.Arbitrary<T>, near: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 10, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: near },
    { weight: 1, arbitrary: hostileValue },
  );
