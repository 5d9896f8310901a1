import { describe, expect, it } from 'vitest';
import { createDraftSender, type Timers } from '../../../../client/pages/join-workshop/draft-sender';

/** Timers the test fires by hand, so nothing depends on the clock. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(++next, { run, ms });
      return next;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  const fire = () => {
    const due = [...pending.entries()];
    pending.clear();
    for (const [, t] of due) t.run();
  };
  return { timers, fire, pending };
}

function setUp() {
  const sent: string[] = [];
  const clock = manualTimers();
  const sender = createDraftSender<string>((v) => sent.push(v), 400, clock.timers);
  return { sent, sender, ...clock };
}

describe('createDraftSender', () => {
  it('sends only the last of several quick changes, once the pause is over', () => {
    const { sent, sender, fire, pending } = setUp();
    sender.change('G');
    sender.change('Gr');
    sender.change('Grow');
    expect(pending.size).toBe(1);
    expect([...pending.values()][0]!.ms).toBe(400);
    expect(sent).toEqual([]);
    fire();
    expect(sent).toEqual(['Grow']);
  });

  it('sends nothing while an input method composes, then the committed text', () => {
    const { sent, sender, fire, pending } = setUp();
    sender.change('提升');
    sender.compositionStart();
    sender.change('提升k');
    sender.change('提升ke');
    sender.change('提升kehu');
    expect(pending.size).toBe(0);
    fire();
    expect(sent).toEqual([]);
    sender.compositionEnd('提升客户');
    fire();
    expect(sent).toEqual(['提升客户']);
  });

  it('holds a send that falls due while composition has started', () => {
    const { sent, sender, fire, timers } = setUp();
    sender.change('a');
    // A timer already handed to the browser may still fire: it must not send mid-composition.
    let late: () => void = () => {};
    const realSet = timers.set;
    timers.set = (run, ms) => {
      late = run;
      return realSet(run, ms);
    };
    sender.change('ab');
    sender.compositionStart();
    late();
    expect(sent).toEqual([]);
    sender.compositionEnd('ab客');
    fire();
    expect(sent).toEqual(['ab客']);
  });

  it('sends each value once and nothing after it is cancelled', () => {
    const { sent, sender, fire } = setUp();
    sender.change('x');
    fire();
    fire();
    expect(sent).toEqual(['x']);
    sender.change('xy');
    sender.cancel();
    fire();
    expect(sent).toEqual(['x']);
  });

  it('sends a pending value at once when flushed, and nothing more after', () => {
    const { sent, sender, fire, pending } = setUp();
    sender.change('Grow');
    sender.flush();
    expect(sent).toEqual(['Grow']);
    expect(pending.size).toBe(0);
    fire();
    sender.flush();
    expect(sent).toEqual(['Grow']);
  });

  it('does not flush letters an input method is still composing', () => {
    const { sent, sender } = setUp();
    sender.compositionStart();
    sender.change('ke');
    sender.flush();
    expect(sent).toEqual([]);
  });
});
