// Coefficients (α, r, g, ICC) to two decimals with a true minus sign, and intervals that may cross zero in
// brackets, where a dash between two negative numbers would misread.

export function formatCoefficient(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const text = Math.abs(x).toFixed(digits);
  // Rounding -0.001 to "0.00" must not leave a minus in front of zero.
  return x < 0 && Number(text) !== 0 ? `−${text}` : text;
}

export function formatCoefficientInterval(low: number | null, high: number | null, digits = 2): string {
  if (low === null || high === null) return '—';
  return `[${formatCoefficient(low, digits)}, ${formatCoefficient(high, digits)}]`;
}
