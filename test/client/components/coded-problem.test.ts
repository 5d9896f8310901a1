// Problems the server names with a code for the request as a whole, worded in the reader's language: a
// write refused as possibly cross-site, wherever a page makes one, and an organization's look-alike
// departments on the form that sets it up.

import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../../client/api/client';
import { COMMON_TEXT } from '../../../client/components/common-text';
import { codedRequestText, requestProblemText } from '../../../client/components/coded-problem';
import { HOME_TEXT } from '../../../client/pages/home/home-text';

const refused = (problem: Partial<Problem>) =>
  new ApiError({
    type: '/problems/forbidden',
    title: 'Forbidden',
    status: 403,
    detail: 'Refused.',
    ...problem,
  });

describe('a write refused as possibly cross-site', () => {
  it.each<[string, Problem['params'], string, string]>([
    [
      'csrf.origin-missing',
      { expected: 'http://localhost:3000' },
      'The server refused this change: the request did not say which site it came from (it had no Origin header). Browsers send one; a script must send Origin: http://localhost:3000.',
      '服务器拒绝了此项更改：请求没有说明来自哪个网站（缺少 Origin 请求头）。浏览器会自动发送；脚本须发送 Origin: http://localhost:3000。',
    ],
    [
      'csrf.origin-mismatch',
      { expected: 'http://localhost:3000', received: 'http://127.0.0.1:3000' },
      "The server refused this change: it came from http://127.0.0.1:3000, but changes are accepted only from the server's own pages at http://localhost:3000. Open Groundwork at http://localhost:3000 (to a browser, localhost and 127.0.0.1 are different sites), or have the proxy in front of it pass on the address the browser used.",
      '服务器拒绝了此项更改：请求来自 http://127.0.0.1:3000，而服务器只接受来自其自身页面（http://localhost:3000）的更改。请通过 http://localhost:3000 打开 Groundwork（对浏览器而言，localhost 和 127.0.0.1 是不同的网站），或让前置代理转发浏览器所用的地址。',
    ],
    [
      'csrf.form-content-type',
      { contentType: 'text/plain', expected: 'http://localhost:3000' },
      'The server refused this change: it was labelled text/plain, which a form on any web site can send, and did not say which site it came from. Send JSON as application/json, or send Origin: http://localhost:3000.',
      '服务器拒绝了此项更改：请求的内容类型为 text/plain，任何网站上的表单都能发送这种类型，而且请求没有说明来自哪个网站。请以 application/json 发送 JSON，或发送 Origin: http://localhost:3000。',
    ],
  ])('words %s in English and Chinese', (code, params, english, chinese) => {
    const error = refused({ code, params });
    expect(requestProblemText(COMMON_TEXT.en.problem, error)).toBe(english);
    expect(requestProblemText(COMMON_TEXT['zh-cn'].problem, error)).toBe(chinese);
  });
});

describe('departments named alike', () => {
  it('words the pair the server names in English and Chinese, not the fields it lists', () => {
    const error = refused({
      status: 422,
      code: 'organization.department-look-alike',
      params: { first: 'Sales', second: 'Ｓａｌｅｓ' },
      errors: [{ field: 'departments.1.name', message: 'reads as the same name as department 1, "Sales"' }],
    });
    expect(requestProblemText(HOME_TEXT.en.problem, error)).toBe(
      '"Sales" and "Ｓａｌｅｓ" would read as the same department: names that differ only in letter case, spacing, full-width letters or invisible characters count as one. Give each department a name of its own.',
    );
    expect(requestProblemText(HOME_TEXT['zh-cn'].problem, error)).toBe(
      '“Sales”和“Ｓａｌｅｓ”会被视为同一个部门：只在大小写、空格、全角字母或不可见字符上不同的名称算作同一个名称。请为每个部门取不同的名称。',
    );
  });
});

describe('codedRequestText', () => {
  it('finds nothing to word in a problem whose code the dictionary does not know', () => {
    expect(
      codedRequestText(COMMON_TEXT.en.problem, refused({ code: 'csrf.new', params: {} })),
    ).toBeUndefined();
  });
});
