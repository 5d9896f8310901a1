import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box whose content may not fit (a wide table on a phone, a long list of problems), scrolling by itself.
 * While its content overflows, it is a named group in the tab order, so someone on a keyboard can reach it
 * and scroll it with the arrow keys; while everything fits, it adds no tab stop nobody needs. A group, not
 * a region: the section around it is already the landmark of that name.
 */
export function ScrollBox({
  label,
  className,
  children,
}: {
  label: string;
  /** Says which way it scrolls and how far it may grow (`table-scroll`, say). */
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  // Measured after every render as well as on every resize: rows arriving change the content's size with
  // no resize of the box itself.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () =>
      setOverflows(box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight);
    measure();
    // Test environments without layout have no ResizeObserver; there nothing ever overflows.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  });

  return (
    <div
      ref={ref}
      className={className}
      {...(overflows ? { tabIndex: 0, role: 'group', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
