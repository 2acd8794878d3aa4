/**
 * What a reader of the sample minutes sees in them: the outcomes, each one's Red/Amber/Green rating
 * and the line of its heading. The end-to-end tests compare the panel with this, read straight from
 * the files (front matter through the yaml library), and deliberately not through the analysis core:
 * the panel is the core's view, so checking it against the core would prove only that the two agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../../scripts/code-server.mjs';

export const SAMPLES = path.join(ROOT, 'samples');
export const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');

export interface Outcome {
  rating: string | null;
  /** 1-based line of the outcome's heading. */
  line: number;
}

export interface SampleMinutes {
  file: string;
  name: string;
  type: unknown;
  meeting: number;
  outcomes: Map<string, Outcome>;
  lines: string[];
}

export function readMinutes(file: string): SampleMinutes {
  const text = fs.readFileSync(file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const front = (fm === undefined ? {} : parseYaml(fm) ?? {}) as Record<string, unknown>;
  const lines = text.split('\n');
  const outcomes = new Map<string, Outcome>();
  let current: Outcome | undefined;
  lines.forEach((l, i) => {
    const h = /^### (O\d+)\b/.exec(l);
    if (h) outcomes.set(h[1], (current = { rating: null, line: i + 1 }));
    else if (/^#{1,2} /.test(l)) current = undefined;
    const r = /^Progress:\s*(Red|Amber|Green)\b/i.exec(l);
    if (r && current) current.rating = r[1][0].toUpperCase() + r[1].slice(1).toLowerCase();
  });
  return { file, name: path.basename(file), type: front.type, meeting: Number(front.meeting), outcomes, lines };
}

export interface Series {
  minutes: SampleMinutes[];
  latest: SampleMinutes;
  /** Outcome titles from the plan, e.g. "O1 H is cared for by a sober adult at all times". */
  titles: string[];
  /** Outcome id -> its rating at each meeting, in meeting order. */
  ratings: Record<string, (string | null)[]>;
}

/** A child's series in samples/: its minutes in meeting order and the outcomes of its plan. */
export function expectedSeries(child: string): Series {
  const dir = path.join(SAMPLES, child);
  const minutes = fs.readdirSync(dir).filter((f) => f.endsWith('.md'))
    .map((f) => readMinutes(path.join(dir, f))).filter((m) => m.type === 'core-group-minutes')
    .sort((a, b) => a.meeting - b.meeting);
  const plan = fs.readFileSync(path.join(dir, 'cp-plan.md'), 'utf8');
  const titles = [...plan.matchAll(/^## (O\d+ .+)$/gm)].map((m) => m[1].trim());
  const ratings = Object.fromEntries(titles.map((t) => {
    const id = t.split(' ')[0];
    return [id, minutes.map((m) => m.outcomes.get(id)?.rating ?? null)];
  }));
  // Guards: an empty reading would make the checks pass vacuously.
  if (minutes.length < 3 || titles.length < 3 || Object.values(ratings).some((r) => r.includes(null))) {
    throw new Error(`samples/${child} is not the 3-meeting series this test expects ` +
      `(${minutes.length} minutes, ${titles.length} outcomes in cp-plan.md)`);
  }
  return { minutes, latest: minutes[minutes.length - 1], titles, ratings };
}
