/** Forward-slash path helpers; a link that climbs out of the root never counts as inside it. */
import { strict as assert } from 'node:assert';
import { basename, dirname, isInside, join, normalise, relative, resolveLink } from '../../src/core/paths';

describe('paths', () => {
  it('normalises . and .. and repeated slashes', () => {
    assert.equal(normalise('/a/./b//c/../d'), '/a/b/d');
    assert.equal(normalise('/../../etc/passwd'), '/etc/passwd');
    assert.equal(normalise('a/../../b'), '../b');
    assert.equal(normalise('/'), '/');
    assert.equal(normalise(''), '.');
  });

  it('dirname, basename, join', () => {
    assert.equal(dirname('/w/child/x.md'), '/w/child');
    assert.equal(dirname('/x.md'), '/');
    assert.equal(basename('/w/child/x.md'), 'x.md');
    assert.equal(join('/w/child', '../other', 'y.md'), '/w/other/y.md');
  });

  it('resolves links relative to the file, with backslashes and absolute links', () => {
    assert.equal(resolveLink('/w/child/x.md', './prev.md'), '/w/child/prev.md');
    assert.equal(resolveLink('/w/child/x.md', 'prev.md'), '/w/child/prev.md');
    assert.equal(resolveLink('/w/child/x.md', '..\\other\\prev.md'), '/w/other/prev.md');
    assert.equal(resolveLink('/w/child/x.md', '/etc/passwd'), '/etc/passwd');
  });

  it('never treats ../../etc/passwd (in any spelling) as inside the root', () => {
    const root = '/work/minutes';
    const from = '/work/minutes/child-a/2026-11-20.md';
    for (const link of ['../../etc/passwd', '../../../etc/passwd', '../../../../../../../../etc/passwd', '..\\..\\..\\etc\\passwd', '/etc/passwd', './../../../etc/passwd', 'sub/../../../etc/passwd', '/work/minutes/../minutes-other/x.md', '../../minutes-evil/x.md']) {
      const target = resolveLink(from, link);
      assert.equal(isInside(root, target), false, `${link} -> ${target}`);
    }
    for (const link of ['./prev.md', '../child-b/prev.md', 'sub/../prev.md', '/work/minutes/child-b/x.md']) {
      assert.equal(isInside(root, resolveLink(from, link)), true, link);
    }
  });

  it('isInside compares whole folder names, not prefixes', () => {
    assert.equal(isInside('/w/a', '/w/a'), true);
    assert.equal(isInside('/w/a', '/w/a/b.md'), true);
    assert.equal(isInside('/w/a', '/w/ab/b.md'), false);
    assert.equal(isInside('/w/a/', '/w/a/b.md'), true);
    assert.equal(isInside('/', '/anything'), true);
  });

  it('relative', () => {
    assert.equal(relative('/w/root', '/w/root/a/.coregroup.json'), 'a/.coregroup.json');
    assert.equal(relative('/w/root/a', '/w/root/b/x.md'), '../b/x.md');
    assert.equal(relative('/w/root', '/w/root'), '.');
  });
});
