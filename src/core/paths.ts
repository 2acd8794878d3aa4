/**
 * Path helpers for absolute, forward-slash paths. The core cannot use Node's `path` (it must also run
 * in a browser), and VS Code URIs carry paths in this form anyway.
 */

export function normalise(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      // ".." at the root of an absolute path stays at the root, as POSIX does.
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? '/' + joined : joined || '.';
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function join(folder: string, ...parts: string[]): string {
  return normalise([folder, ...parts].join('/'));
}

/** Resolves `link` (relative, or absolute) against the folder of `fromFile`. */
export function resolveLink(fromFile: string, link: string): string {
  const cleaned = link.replace(/\\/g, '/');
  return cleaned.startsWith('/') ? normalise(cleaned) : join(dirname(fromFile), cleaned);
}

/** True when `path` is `root` or lies below it. Both must be normalised absolute paths. */
export function isInside(root: string, path: string): boolean {
  if (root === '/') return path.startsWith('/');
  return path === root || path.startsWith(root.endsWith('/') ? root : root + '/');
}

export function relative(from: string, to: string): string {
  const a = normalise(from).split('/').filter(Boolean);
  const b = normalise(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  return [...up, ...b.slice(i)].join('/') || '.';
}
