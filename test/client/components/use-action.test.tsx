// @vitest-environment jsdom
// useAction, how every form and button calls the API: one run at a time, what is running, how it failed
// and that it succeeded; and FormError, which words the failure in the page's language when shown.

import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../../client/api/client';
import { FormError } from '../../../client/components/form-error';
import { UiLanguageProvider, useUiLanguage } from '../../../client/components/ui-language';
import { useAction } from '../../../client/components/use-action';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const closed = new ApiError({
  type: '/problems/conflict',
  title: 'Conflict',
  status: 409,
  detail: 'The campaign has closed.',
  code: 'campaign.closed',
  params: {},
} as Problem);

describe('useAction', () => {
  it('is busy with what runs, then tells what succeeded and answers the result', async () => {
    const { result } = renderHook(() => useAction<'check' | 'import'>());
    const task = deferred<number>();
    let answered: Promise<number | undefined>;
    act(() => {
      answered = result.current.run(() => task.promise, 'check');
    });
    expect(result.current).toMatchObject({ busy: true, running: 'check', error: null, succeeded: null });
    await act(async () => task.resolve(7));
    expect(await answered!).toBe(7);
    expect(result.current).toMatchObject({ busy: false, running: null, error: null, succeeded: 'check' });
  });

  it('keeps a failure as it came, answers undefined and never throws', async () => {
    const { result } = renderHook(() => useAction());
    let answered: unknown = 'not yet';
    await act(async () => {
      answered = await result.current.run(() => Promise.reject(closed));
    });
    expect(answered).toBeUndefined();
    expect(result.current).toMatchObject({ busy: false, error: closed, succeeded: null });
  });

  it('starts nothing while a run is under way, even twice within one render', async () => {
    const { result } = renderHook(() => useAction());
    const task = deferred<void>();
    let runs = 0;
    const start = () =>
      result.current.run(() => {
        runs += 1;
        return task.promise;
      });
    let second: Promise<void | undefined>;
    act(() => {
      void start();
      second = start();
    });
    expect(await second!).toBeUndefined();
    await act(async () => task.resolve());
    expect(runs).toBe(1);
  });

  it('clears the last failure when the next run starts, and on reset', async () => {
    const { result } = renderHook(() => useAction());
    await act(async () => void (await result.current.run(() => Promise.reject(closed))));
    const task = deferred<void>();
    act(() => void result.current.run(() => task.promise));
    expect(result.current.error).toBeNull();
    await act(async () => task.reject(closed));
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ error: null, succeeded: null });
  });

  it('shows a problem a form found itself as its failure', () => {
    const { result } = renderHook(() => useAction());
    act(() => result.current.fail('Choose at least two departments.'));
    expect(result.current).toMatchObject({ busy: false, error: 'Choose at least two departments.' });
  });
});

describe('FormError', () => {
  function Switchable({ error }: { error: unknown }) {
    const { setLanguage } = useUiLanguage();
    return (
      <>
        <button type="button" onClick={() => setLanguage('zh-cn')}>
          中文
        </button>
        <FormError error={error} />
      </>
    );
  }

  it('words a failure in the page’s language, again when the reader switches it', async () => {
    window.localStorage.setItem('groundwork:language', 'en');
    render(
      <UiLanguageProvider>
        <Switchable error={closed} />
      </UiLanguageProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'The campaign has closed: it can no longer be changed.',
    );
    await act(async () => screen.getByRole('button').click());
    expect(screen.getByRole('alert').textContent).toBe('本次调查已结束，不能再更改。');
  });

  it('shows a sentence the page worded as it is, and nothing without a failure', () => {
    render(
      <UiLanguageProvider>
        <FormError error="Choose at least two departments." />
        <FormError error={null} />
      </UiLanguageProvider>,
    );
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Choose at least two departments.',
    ]);
  });

  it('speaks the language a page gives it, such as the survey’s', () => {
    render(
      <UiLanguageProvider>
        <FormError error={closed} language="zh-cn" />
      </UiLanguageProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('本次调查已结束，不能再更改。');
  });
});
