// One silo signal as a sentence: who, on what, and the figure behind it.

import { formatPercent } from '../../components/format';
import type { AnalysisText } from './analysis-text';
import { formatCoefficient } from './format-coefficient';
import type { ReportLabels } from './report-labels';
import type { SiloSignal } from './report-types';

export function describeSiloSignal(signal: SiloSignal, labels: ReportLabels, text: AnalysisText): string {
  const [first = '', second = ''] = signal.departmentIds.map(labels.department);
  switch (signal.kind) {
    case 'low-agreement':
      return text.silo.lowAgreement(first, labels.dimension(signal.subject), formatCoefficient(signal.value));
    case 'polarised':
      return text.silo.polarised(first, labels.scale(signal.subject), formatPercent(signal.value));
    case 'gap':
      // The sign of g only says which of the pair came first; the sentence names no direction.
      return text.silo.gap(
        first,
        second,
        labels.dimension(signal.subject),
        formatCoefficient(Math.abs(signal.value)),
      );
  }
}
