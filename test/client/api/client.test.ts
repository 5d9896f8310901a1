import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../../../client/api/client';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a refused request', () => {
  it('hands the page the code and params the server named the problem with, for it to word', async () => {
    const problem = {
      type: '/problems/forbidden',
      title: 'Forbidden',
      status: 403,
      detail: 'Refused: this change was sent from http://127.0.0.1:3000 …',
      code: 'csrf.origin-mismatch',
      params: { expected: 'http://localhost:3000', received: 'http://127.0.0.1:3000' },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(problem), { status: 403 })),
    );
    const error = await api.openCampaign('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ code: problem.code, params: problem.params });
  });
});
