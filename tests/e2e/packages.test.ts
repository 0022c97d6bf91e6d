/**
 * The store packages: the Chrome build asks for exactly storage plus the four sites and has a fixed id
 * councils can name in policy; the Firefox build declares its gecko id and that it collects nothing,
 * and web-ext lint reports no errors.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2');
const SITES = /^\*:\/\/(\*\.)?(x\.com|twitter\.com|mobile\.x\.com|mobile\.twitter\.com|(www|web|m)\.facebook\.com|www\.instagram\.com|nextdoor\.com|nextdoor\.co\.uk)\/\*$/;

/** Chrome's id for an extension: the first 128 bits of SHA-256 of the public key, as letters a–p. */
function chromeId(keyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

describe('Chrome build', () => {
  const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks for exactly storage and the four sites', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions.length).toBeGreaterThan(0);
    for (const h of m.host_permissions) expect(h).toMatch(SITES);
    for (const cs of m.content_scripts) for (const h of cs.matches) expect(h).toMatch(SITES);
  });

  it('has the fixed id the README gives council IT, and ships its managed-policy schema', () => {
    const m = manifest();
    expect(chromeId(m.key)).toBe('bcgmelgoodjcpcekmkkljejbjjhbpapa');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('bcgmelgoodjcpcekmkkljejbjjhbpapa');
    expect(m.storage.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['ruleSets', 'lists', 'policyPack', 'enabled']));
  });
});

describe('Firefox build', () => {
  beforeAll(() => {
    execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe' });
  }, 180_000);

  it('declares a gecko id and that it collects no data', () => {
    const m = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(m.browser_specific_settings.gecko.id).toBe('think-twice@councillors.extension');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.key).toBeUndefined();
  });

  it('passes web-ext lint with no errors', () => {
    let out: string;
    try {
      out = execFileSync(bin('web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--self-hosted', '--output', 'json', '--no-config-discovery'], { cwd: ROOT, stdio: 'pipe' }).toString();
    } catch (e) {
      // web-ext exits non-zero when there are errors; its JSON report is still on stdout.
      out = String((e as { stdout?: Buffer }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
