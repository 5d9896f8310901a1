import { useEffect } from 'react';
import { Chart } from 'chart.js';

/**
 * The chart's size on paper, in CSS pixels: narrower than A4's printable width (about 680 px between
 * 15 mm margins), so it never runs past the page, and drawn at three device pixels per CSS pixel so it
 * stays sharp when printed.
 */
const PRINT_CHART = { width: 600, height: 440, pixelRatio: 3 };

/**
 * While the page prints, every closed section (the full report, the gates, the comments) is opened, since
 * CSS cannot open a <details>, and the charts are drawn at a size for paper, since Chart.js does not resize
 * for print layout by itself. Afterwards exactly the sections that were closed close again and the charts
 * go back to following their boxes, so printing leaves the page as the reader had it.
 */
export function usePrintExpansion(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    function beforePrint() {
      // A section holding nothing but its summary (a control that renders its form only once opened, such
      // as changing an action's owner) has nothing for paper, and opening it would only start its form.
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')].filter(
        (details) => details.querySelector(':scope > :not(summary)') !== null,
      );
      for (const details of opened) details.open = true;
      for (const chart of Object.values(Chart.instances)) {
        chart.options.devicePixelRatio = PRINT_CHART.pixelRatio;
        chart.resize(PRINT_CHART.width, PRINT_CHART.height);
      }
    }
    function afterPrint() {
      for (const details of opened) details.open = false;
      opened = [];
      for (const chart of Object.values(Chart.instances)) {
        // Back to the screen's own ratio, which Chart.js reads when the option is unset.
        (chart.options as { devicePixelRatio?: number }).devicePixelRatio = undefined;
        chart.resize();
      }
    }
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
}
