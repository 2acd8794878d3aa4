/**
 * A small inline SVG line chart of one measure over a trend's periods: the percentage at each
 * period (a gap where there is nothing to count), 0 to 100% from bottom to top, with its figures in
 * the title and aria-label so it reads without the picture. No script, no external resource.
 */
import { escapeHtml as h, percent } from './format';

const STEP = 16;
const H = 34;
const PAD = 4;

export function lineChart(n: readonly number[], N: readonly number[], labels: readonly string[], higherIsBetter: boolean): string {
  const w = Math.max(60, PAD * 2 + STEP * Math.max(1, n.length - 1));
  const pts = n.map((x, i) => {
    const p = percent(x, N[i]);
    return p === undefined ? undefined : { x: PAD + i * STEP, y: PAD + ((100 - p) * (H - 2 * PAD)) / 100, p };
  });
  const runs: string[] = [];
  let run: string[] = [];
  for (const pt of pts) {
    if (pt) run.push(`${pt.x},${pt.y.toFixed(1)}`);
    else if (run.length) (runs.push(run.join(' ')), (run = []));
  }
  if (run.length) runs.push(run.join(' '));
  const said = labels.map((l, i) => `${l}: ${pts[i] ? `${n[i]} of ${N[i]} (${pts[i]!.p}%)` : 'none to count'}`).join('; ');
  const cls = higherIsBetter ? 'good' : 'bad';
  return (
    `<svg class="chart" width="${w}" height="${H}" viewBox="0 0 ${w} ${H}" role="img" aria-label="${h(said)}"><title>${h(said)}</title>` +
    `<line class="axis" x1="0" y1="${H - PAD}" x2="${w}" y2="${H - PAD}"/><line class="axis" x1="0" y1="${PAD}" x2="${w}" y2="${PAD}"/>` +
    runs.map((r) => `<polyline class="${cls}" points="${r}"/>`).join('') +
    pts.map((pt) => (pt ? `<circle class="${cls}" cx="${pt.x}" cy="${pt.y.toFixed(1)}" r="2"/>` : '')).join('') +
    `</svg>`
  );
}
