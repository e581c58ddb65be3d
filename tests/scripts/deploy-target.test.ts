import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployTarget, normalizeBase, readCname } from '../../scripts/lib/deploy-target.ts';

describe('deployTarget', () => {
  it('serves a project repository under its name on owner.github.io', () => {
    expect(deployTarget({ GITHUB_REPOSITORY: 'Octo-Org/paper-digest' })).toEqual({
      site: 'https://octo-org.github.io/paper-digest/',
      base: '/paper-digest/',
    });
  });

  it('serves a user or organisation site repository at the root, whatever its case', () => {
    expect(deployTarget({ GITHUB_REPOSITORY: 'Octo/octo.github.io' })).toEqual({
      site: 'https://octo.github.io/',
      base: '/',
    });
    expect(deployTarget({ GITHUB_REPOSITORY: 'octo/Octo.GitHub.io' })).toEqual({
      site: 'https://octo.github.io/',
      base: '/',
    });
  });

  it('serves a custom domain from CNAME at the root, over the repository', () => {
    const env = { GITHUB_REPOSITORY: 'octo/paper-digest' };
    expect(deployTarget(env, 'papers.example.org')).toEqual({
      site: 'https://papers.example.org/',
      base: '/',
    });
    expect(deployTarget(env, ' https://Papers.Example.org/ ')).toEqual({
      site: 'https://papers.example.org/',
      base: '/',
    });
  });

  it('lets SITE_URL win over CNAME and repository, its path becoming the base', () => {
    const env = { SITE_URL: 'https://example.org/digest', GITHUB_REPOSITORY: 'octo/paper-digest' };
    expect(deployTarget(env, 'papers.example.org')).toEqual({
      site: 'https://example.org/digest/',
      base: '/digest/',
    });
  });

  it('lets BASE_PATH win over the derived base and keeps the derived site', () => {
    expect(deployTarget({ BASE_PATH: 'paper-digest' })).toEqual({
      site: 'http://localhost:4321/',
      base: '/paper-digest/',
    });
    expect(deployTarget({ BASE_PATH: '/', GITHUB_REPOSITORY: 'octo/paper-digest' })).toEqual({
      site: 'https://octo.github.io/paper-digest/',
      base: '/',
    });
    expect(deployTarget({ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' })).toEqual({
      site: 'https://example.org/a/',
      base: '/b/',
    });
  });

  it('falls back to the local preview server at the root', () => {
    expect(deployTarget({})).toEqual({ site: 'http://localhost:4321/', base: '/' });
    expect(deployTarget({ GITHUB_REPOSITORY: 'no-slash' })).toEqual({
      site: 'http://localhost:4321/',
      base: '/',
    });
  });

  it('treats empty variables as unset (an unset repository variable in a workflow is "")', () => {
    expect(
      deployTarget({ SITE_URL: '', BASE_PATH: ' ', GITHUB_REPOSITORY: 'octo/paper-digest' }, ''),
    ).toEqual({
      site: 'https://octo.github.io/paper-digest/',
      base: '/paper-digest/',
    });
  });

  it('rejects a SITE_URL that is not an absolute http(s) URL, naming the variable', () => {
    expect(() => deployTarget({ SITE_URL: 'example.org' })).toThrow(
      /SITE_URL must be an absolute http\(s\) URL/,
    );
    expect(() => deployTarget({ SITE_URL: 'ftp://example.org/' })).toThrow(/"ftp:\/\/example.org\/"/);
  });
});

describe('normalizeBase', () => {
  it('adds the leading and trailing slash and collapses doubled ones', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('repo')).toBe('/repo/');
    expect(normalizeBase('//a//b')).toBe('/a/b/');
  });
});

describe('readCname', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cname-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the first non-empty line, trimmed', () => {
    const file = join(dir, 'CNAME');
    writeFileSync(file, '\n  papers.example.org  \r\nignored\n');
    expect(readCname(file)).toBe('papers.example.org');
  });

  it('returns null for a missing or blank file', () => {
    expect(readCname(join(dir, 'missing'))).toBeNull();
    const blank = join(dir, 'blank');
    writeFileSync(blank, '\n \n');
    expect(readCname(blank)).toBeNull();
  });
});
