import type { ReactNode } from 'react';
import { ScrollBox } from './scroll-box';

/**
 * The horizontal scroller around a table that may be wider than the screen: reachable and scrollable by
 * keyboard while the table overflows (see ScrollBox).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollBox label={label} className="table-scroll">
      {children}
    </ScrollBox>
  );
}
