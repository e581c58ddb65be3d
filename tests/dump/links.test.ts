import { describe, expect, it } from 'vitest';
import { extractLinks, linkKind, repairUrls, trimUrl } from '../../src/lib/dump/links.ts';

describe('repairUrls', () => {
  it('closes up schemes broken by the copy', () => {
    expect(repairUrls('at https: //github.com/a/b .')).toBe('at https://github.com/a/b .');
    expect(repairUrls('at HTTP :/ /example.org')).toBe('at http://example.org');
    expect(repairUrls('at https:// github.com/a/b')).toBe('at https://github.com/a/b');
  });

  it('leaves other text alone', () => {
    expect(repairUrls('the https protocol: // comment')).toBe('the https protocol: // comment');
    expect(repairUrls('plain text')).toBe('plain text');
  });
});

describe('trimUrl', () => {
  it.each([
    ['https://a.org/x.', 'https://a.org/x'],
    ['https://a.org/x),', 'https://a.org/x'],
    ['https://a.org/x;', 'https://a.org/x'],
    ['https://a.org/x!?', 'https://a.org/x'],
    ['https://a.org/x...', 'https://a.org/x'],
    ['https://a.org/x*', 'https://a.org/x'],
    ['https://en.wikipedia.org/wiki/A_(b)', 'https://en.wikipedia.org/wiki/A_(b)'],
    ['https://en.wikipedia.org/wiki/A_(b)).', 'https://en.wikipedia.org/wiki/A_(b)'],
    ['https://a.org/x]', 'https://a.org/x'],
    ['https://a.org/', 'https://a.org/'],
  ])('%s → %s', (input, expected) => {
    expect(trimUrl(input)).toBe(expected);
  });
});

describe('linkKind', () => {
  it.each([
    ['https://github.com/a/b', 'code'],
    ['https://gist.github.com/a/1', 'code'],
    ['https://www.github.com/a', 'code'],
    ['https://gitlab.com/a/b', 'code'],
    ['https://bitbucket.org/a/b', 'code'],
    ['https://codeberg.org/a/b', 'code'],
    ['https://huggingface.co/nvidia/NV-Embed-v1', 'model'],
    ['https://huggingface.co/datasets/a/b', 'model'],
    ['https://huggingface.co/spaces/a/b', 'model'],
    ['https://hf.co/a/b', 'model'],
    ['https://huggingface.co/papers/2401.00001', 'project'],
    ['https://huggingface.co/', 'project'],
    ['https://levo-demo.github.io/', 'project'],
    ['https://github.com.evil.org/a', 'project'],
    ['https://arxiv.org/abs/2401.00001', 'project'],
  ])('%s is %s', (url, kind) => {
    expect(linkKind(new URL(url))).toBe(kind);
  });
});

describe('extractLinks', () => {
  it('finds, repairs, trims and dedupes, in order', () => {
    const text =
      'Code: https: //github.com/salesforce/CodeT5 . Model at https://huggingface.co/m/x, ' +
      'again https://github.com/salesforce/CodeT5. (see https://example.org/a)';
    expect(extractLinks(text)).toEqual([
      { url: 'https://github.com/salesforce/CodeT5', kind: 'code' },
      { url: 'https://huggingface.co/m/x', kind: 'model' },
      { url: 'https://example.org/a', kind: 'project' },
    ]);
  });

  it('takes only http(s) links to real hosts', () => {
    expect(
      extractLinks(
        'javascript:alert(1) ftp://a.org/x https:// https://localhost/x data:text/html,hi mailto:a@b.org',
      ),
    ).toEqual([]);
  });

  it('stops a URL at quotes and angle brackets', () => {
    expect(extractLinks('"https://a.org/x" <https://b.org/y> “https://c.org/z”').map((l) => l.url)).toEqual([
      'https://a.org/x',
      'https://b.org/y',
      'https://c.org/z',
    ]);
  });
});
