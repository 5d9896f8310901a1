import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The horizontal scroller around a table that may be wider than the screen. While the table overflows
 * (on a phone, mostly) the scroller is a named group in the tab order, so someone on a keyboard can reach
 * it and scroll it with the arrow keys; while the table fits, it adds no tab stop nobody needs. A group,
 * not a region: the section around it is already the landmark of that name.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  // Measured after every render as well as on every resize: rows arriving change the width with no
  // resize of the scroller itself.
  useLayoutEffect(() => {
    const scroller = ref.current;
    if (!scroller) return;
    const measure = () => setOverflows(scroller.scrollWidth > scroller.clientWidth);
    measure();
    // Test environments without layout have no ResizeObserver; there nothing ever overflows.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    for (const child of scroller.children) observer.observe(child);
    return () => observer.disconnect();
  });

  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(overflows ? { tabIndex: 0, role: 'group', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
