// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLatestSave } from '../../../../client/pages/join-workshop/use-latest-save';

/** A server whose replies the test releases one by one, recording what each request carried. */
function slowServer() {
  const received: string[][] = [];
  const pending: (() => void)[] = [];
  const send = (votes: string[]) =>
    new Promise<void>((resolve) => {
      received.push(votes);
      pending.push(resolve);
    });
  const answerNext = async () => {
    await act(async () => {
      pending.shift()?.();
      await Promise.resolve();
    });
  };
  return { received, pending, send, answerNext };
}

describe('useLatestSave', () => {
  it('stores the last choice when taps come faster than replies, without sending the ones in between', async () => {
    const server = slowServer();
    const { result } = renderHook(() => useLatestSave(server.send));
    act(() => result.current.save(['a']));
    act(() => result.current.save(['a', 'b']));
    act(() => result.current.save(['b']));
    expect(server.received).toEqual([['a']]);
    expect(result.current.saving).toBe(true);
    await server.answerNext();
    await waitFor(() => expect(server.received).toEqual([['a'], ['b']]));
    await server.answerNext();
    await waitFor(() => expect(result.current.saving).toBe(false));
    expect(result.current.saved).toBe(true);
    expect(result.current.error).toBeNull();
  });

  it('keeps the failure of the last save to show it, and clears it after a save that works', async () => {
    let fail = true;
    const { result } = renderHook(() =>
      useLatestSave(async () => {
        if (fail) throw new Error('offline');
      }),
    );
    act(() => result.current.save('x'));
    await waitFor(() => expect(result.current.error).toBeInstanceOf(Error));
    expect(result.current.saved).toBe(false);
    fail = false;
    act(() => result.current.save('y'));
    await waitFor(() => expect(result.current.saved).toBe(true));
    expect(result.current.error).toBeNull();
  });
});
