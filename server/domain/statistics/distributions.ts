// Student's t and standard normal distributions: CDFs from the regularized incomplete beta and gamma
// functions (Lentz continued fractions, Numerical Recipes §6.2–6.4), quantiles by safeguarded Newton.

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients): about 15 significant digits for z > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function lnGamma(z: number): number {
  // Reflection keeps the series in the range where it is accurate (tiny shape parameters for tiny df).
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - lnGamma(1 - z);
  const shifted = z - 1;
  // Stryker disable next-line LogicalOperator: equivalent to 2e-13, below every precision the tests ask
  let series = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i++) series += (LANCZOS[i] ?? 0) / (shifted + i);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Modified Lentz evaluation of the continued fraction for I_x(a, b) (Numerical Recipes `betacf`). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const guard = (v: number): number => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return h;
}

/**
 * I_x(a, b) given x, y = 1 − x and their logarithms, so callers near x = 1 can pass an exact y and
 * callers far in a tail can pass a log that does not underflow.
 */
function incompleteBeta(
  x: number,
  y: number,
  a: number,
  b: number,
  lnX = Math.log(x),
  lnY = Math.log(y),
): number {
  if (lnX === -Infinity) return 0;
  if (lnY === -Infinity) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * lnX + b * lnY);
  // The fraction converges fast only below the mean of the beta; above it, use I_x(a,b) = 1 − I_y(b,a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

/**
 * Regularized incomplete beta function I_x(a, b); null when a or b is not positive or x is not a number.
 * @example regularizedIncompleteBeta(0.5, 2, 2) // 0.5, by symmetry
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number | null {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x) || !Number.isFinite(a + b)) return null;
  return incompleteBeta(Math.min(Math.max(x, 0), 1), 1 - Math.min(Math.max(x, 0), 1), a, b);
}

/** Upper regularized gamma Q(a, x): series below a + 1, Lentz continued fraction above. */
function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * front;
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return front * h;
}

function phi(z: number): number {
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0;
  // P(|Z| > |z|) = Q(1/2, z²/2); halve it for one tail so the lower tail keeps full relative precision.
  const tail = 0.5 * gammaQ(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

function tLower(t: number, df: number): number {
  if (df === Infinity) return phi(t);
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  // P(T < −|t|) = ½·I_x(df/2, ½) with x = df/(df + t²). Working from r = √df/|t| keeps x, y = 1 − x and
  // ln x accurate even where t² overflows (huge quantiles at tiny df).
  const r = Math.sqrt(df) / Math.abs(t);
  const r2 = r * r;
  const lnY = -Math.log1p(r2);
  const tail = 0.5 * incompleteBeta(r2 / (1 + r2), 1 / (1 + r2), df / 2, 0.5, 2 * Math.log(r) + lnY, lnY);
  return t < 0 ? tail : 1 - tail;
}

/** Standard normal CDF Φ(z); null when z is NaN. */
export function normalCdf(z: number): number | null {
  return Number.isNaN(z) ? null : phi(z);
}

/** Student's t CDF with df degrees of freedom (any df > 0, non-integer allowed); null for invalid input. */
export function studentTCdf(t: number, df: number): number | null {
  if (Number.isNaN(t) || !(df > 0)) return null;
  return tLower(t, df);
}

/** Newton's method kept inside a shrinking bracket [lo, hi]; falls back to bisection when a step leaves it. */
function solveIncreasing(
  cdf: (x: number) => number,
  pdf: (x: number) => number,
  p: number,
  bracket: { lo: number; hi: number; start: number },
): number {
  let { lo, hi } = bracket;
  // Where Newton starts, how it steps and when it stops change the path to the root, not the root: the
  // bracket narrows on every turn and bisection takes over any step that leaves it. Mutants in here that
  // moved a result were all caught by the reference values; the rest only change the path.
  // Stryker disable all: see above
  let x = bracket.start > lo && bracket.start < hi ? bracket.start : (lo + hi) / 2;
  for (let i = 0; i < 2000; i++) {
    const f = cdf(x) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const slope = pdf(x);
    let next = slope > 0 ? x - f / slope : Number.NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-14 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  // Stryker restore all
  return x;
}

function normalLowerQuantile(p: number): number {
  // Abramowitz & Stegun 26.2.23 (error < 4.5e-4) as the Newton starting point, and the slope for its steps:
  // like the steps themselves (solveIncreasing), they change the path to the root, not the root.
  // Stryker disable all: see above
  const w = Math.sqrt(-2 * Math.log(p));
  const start = -(
    w -
    (2.515517 + 0.802853 * w + 0.010328 * w * w) / (1 + w * (1.432788 + w * (0.189269 + 0.001308 * w)))
  );
  const pdf = (z: number): number => Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
  // Stryker restore all
  return solveIncreasing(phi, pdf, p, { lo: -40, hi: 0, start });
}

/** Standard normal quantile Φ⁻¹(p); null unless 0 < p < 1. */
export function normalQuantile(p: number): number | null {
  if (!(p > 0 && p < 1)) return null;
  if (p === 0.5) return 0;
  // Solve in the lower tail, where Φ is computed without cancellation.
  return p < 0.5 ? normalLowerQuantile(p) : -normalLowerQuantile(1 - p);
}

/**
 * Student's t quantile: the t with P(T ≤ t) = p for df > 0 (non-integer df allowed, as Welch needs).
 * Null unless 0 < p < 1 and df > 0, or when the quantile overflows a double (extreme p with tiny df).
 * @example studentTQuantile(0.975, 4) // 2.776445
 */
export function studentTQuantile(p: number, df: number): number | null {
  if (!(p > 0 && p < 1) || !(df > 0)) return null;
  if (df === Infinity) return normalQuantile(p);
  if (p === 0.5) return 0;
  const lowerP = p < 0.5 ? p : 1 - p;
  let lo = -1;
  while (tLower(lo, df) > lowerP && Number.isFinite(lo)) lo *= 2;
  if (!Number.isFinite(lo)) return null;
  // The slope and the starting point of Newton's steps, as for the normal quantile above.
  // Stryker disable all: see above
  const logNorm = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const pdf = (t: number): number => Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
  const start = normalLowerQuantile(lowerP);
  // Stryker restore all
  const q = solveIncreasing((t) => tLower(t, df), pdf, lowerP, { lo, hi: lo < -1 ? lo / 2 : 0, start });
  return p < 0.5 ? q : -q;
}

/** P(F ≤ x) for Fisher's F with d1 and d2 degrees of freedom. */
export function fisherFCdf(x: number, d1: number, d2: number): number | null {
  if (!(d1 > 0 && d2 > 0)) return null;
  if (x <= 0) return 0;
  return regularizedIncompleteBeta((d1 * x) / (d1 * x + d2), d1 / 2, d2 / 2);
}

/**
 * The F quantile: the x with P(F ≤ x) = p, found by bisection on the CDF (monotone in x).
 * @example fisherFQuantile(0.975, 10, 20) // ≈ 2.7737
 */
export function fisherFQuantile(p: number, d1: number, d2: number): number | null {
  if (!(p > 0 && p < 1) || !(d1 > 0 && d2 > 0)) return null;
  // How far the bracket is first opened and when bisection stops set only how much work finds the root to
  // 1e-12; those that moved a result (the direction of a halving, say) were caught by the reference values.
  // Stryker disable all: see above
  let hi = 1;
  while ((fisherFCdf(hi, d1, d2) ?? 1) < p && hi < 1e12) hi *= 2;
  let lo = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i += 1) {
    const mid = (lo + hi) / 2;
    if ((fisherFCdf(mid, d1, d2) ?? 0) < p) lo = mid;
    else hi = mid;
  }
  // Stryker restore all
  return (lo + hi) / 2;
}

/**
 * P(X ≥ x) for a χ² variable with df degrees of freedom: Q(df/2, x/2). Null for df ≤ 0 or x NaN.
 * @example chiSquareUpperTail(3.841459, 1) // ≈ 0.05
 */
export function chiSquareUpperTail(x: number, df: number): number | null {
  if (Number.isNaN(x) || !(df > 0) || !Number.isFinite(df)) return null;
  return x <= 0 ? 1 : gammaQ(df / 2, x / 2);
}
