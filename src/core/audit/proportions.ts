/**
 * The two-proportion z-test (pooled), the standard test of whether two percentages differ by more
 * than chance would explain: with n1 of N1 then and n2 of N2 now, p = (n1 + n2) / (N1 + N2),
 * z = (n2/N2 - n1/N1) / sqrt(p (1 - p) (1/N1 + 1/N2)), and the two-sided p value is
 * P(|Z| >= |z|) = 1 - erf(|z| / sqrt 2), erf from simple-statistics (a well-kept statistics library;
 * its error function keeps three significant figures of 1 - erf far into the tail: at z = 5.7735 it
 * gives 7.764036e-9, as Python's math.erfc does, and 2.5596e-12 at z = 7).
 *
 * The normal approximation behind it holds only when every cell of the two-by-two table would
 * expect at least 5 cases under the pooled proportion (N1 p, N1 (1 - p), N2 p, N2 (1 - p) >= 5),
 * the usual rule of thumb. Below that, `twoProportionTest` returns undefined: too few to call.
 * z is given to three decimal places, p to three significant figures and never below P_FLOOR.
 */
import { errorFunction } from 'simple-statistics';

/** The smallest expected count in any cell for the test to be used. */
export const MIN_EXPECTED = 5;
/** A change is called when p is below this (two-sided). */
export const ALPHA = 0.05;

export interface ProportionTest {
  z: number;
  p: number;
}

export function twoProportionTest(n1: number, N1: number, n2: number, N2: number): ProportionTest | undefined {
  if (N1 <= 0 || N2 <= 0) return undefined;
  const pooled = (n1 + n2) / (N1 + N2);
  const expected = Math.min(N1 * pooled, N1 * (1 - pooled), N2 * pooled, N2 * (1 - pooled));
  if (expected < MIN_EXPECTED) return undefined;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / N1 + 1 / N2));
  const z = (n2 / N2 - n1 / N1) / se;
  const p = Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
  return { z: round(z, 3), p: significant(p, 3) };
}

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/**
 * The smallest p given: below it (z beyond about 6.5) 1 - erf loses its figures to the subtraction
 * (at z = 9 it is 0), so p is given as this bound, read "at most". A p value is never 0.
 */
export const P_FLOOR = 1e-10;

/** p to three significant figures (0.00000318, not 0 as four decimal places made it), at least P_FLOOR. */
function significant(x: number, figures: number): number {
  return Math.max(P_FLOOR, Number(x.toPrecision(figures)));
}
