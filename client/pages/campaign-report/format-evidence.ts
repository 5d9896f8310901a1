// How a recommendation's evidence reads: a score as a whole number with its 95% interval, a share as a
// percentage with its interval, a count as is, a coefficient (such as α) to two decimals.

import { formatCoefficient, formatCoefficientInterval } from './format-coefficient';
import type { Evidence } from './report-types';

export interface EvidenceFigures {
  value: string;
  /** Null for counts, and when the server gave no interval. */
  interval: string | null;
  threshold: string | null;
}

function figure(unit: Evidence['unit'], x: number, digits = 0): string {
  if (unit === 'share') return `${(x * 100).toFixed(digits)}%`;
  if (unit === 'coefficient') return formatCoefficient(x, digits + 2);
  return x.toFixed(digits);
}

function interval({ unit, low, high }: Evidence): string | null {
  if (unit === 'count' || low === null || high === null) return null;
  if (unit === 'coefficient') return formatCoefficientInterval(low, high);
  // One percent sign is enough: "27–59%", not "27%–59%".
  return `${(unit === 'share' ? low * 100 : low).toFixed(0)}–${figure(unit, high)}`;
}

export function formatEvidence(evidence: Evidence): EvidenceFigures {
  const { unit, value, threshold } = evidence;
  // 64.9 against a threshold of 65 must not read "65 (threshold 65)", which looks as if it should pass.
  const isBlurred =
    unit !== 'count' &&
    threshold !== null &&
    value !== threshold &&
    figure(unit, value) === figure(unit, threshold);
  return {
    value: figure(unit, value, isBlurred ? 1 : 0),
    interval: interval(evidence),
    threshold: threshold === null ? null : figure(unit, threshold),
  };
}
