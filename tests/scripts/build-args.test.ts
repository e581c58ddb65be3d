import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_OPTIONS, parseBuildArgs } from '../../scripts/lib/parse-build-args.ts';

describe('parseBuildArgs', () => {
  it('defaults to the project content and dist/', () => {
    expect(parseBuildArgs([])).toEqual({ ok: true, options: DEFAULT_BUILD_OPTIONS });
    expect(DEFAULT_BUILD_OPTIONS).toEqual({
      dumps: 'content/dumps',
      papers: 'content/papers.json',
      outDir: 'dist',
      pageLog: undefined,
      help: false,
    });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    const argv = ['--dumps', 'd', '--papers=p.json', '--out-dir', 'o', '--page-log=pages.log', '--help'];
    expect(parseBuildArgs(argv)).toEqual({
      ok: true,
      options: { dumps: 'd', papers: 'p.json', outDir: 'o', pageLog: 'pages.log', help: true },
    });
    expect(parseBuildArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it('reports unknown options, stray arguments, missing and empty values as usage errors', () => {
    expect(parseBuildArgs(['--out', 'x'])).toEqual({ ok: false, message: expect.stringMatching(/'--out'/) });
    expect(parseBuildArgs(['content/dumps/2025-12-10.txt'])).toEqual({
      ok: false,
      message: expect.stringMatching(/positional argument/),
    });
    expect(parseBuildArgs(['--dumps'])).toEqual({ ok: false, message: expect.stringMatching(/--dumps/) });
    expect(parseBuildArgs(['--out-dir='])).toEqual({
      ok: false,
      message: '--out-dir needs a non-empty value',
    });
    expect(parseBuildArgs(['--page-log='])).toEqual({
      ok: false,
      message: '--page-log needs a non-empty value',
    });
  });
});
