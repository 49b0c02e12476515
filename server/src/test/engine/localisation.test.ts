/**
 * Every user-facing text exists in Chinese and English: contributed strings,
 * client messages, and the engine's messages.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MESSAGES } from '../../engine';
import { REPO_ROOT } from '../helpers';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));

describe('localisation', () => {
  it('every %key% in package.json has an English and a Chinese text', () => {
    const manifest = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = read('package.nls.json');
    const zh = read('package.nls.zh-cn.json');
    assert.ok(keys.length > 30);
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json lacks ${key}`);
      assert.match(zh[key], /[\u4e00-\u9fff]/, `${key} is not Chinese in package.nls.zh-cn.json`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('every client message (vscode.l10n.t) has a Chinese translation with the same placeholders', () => {
    const bundle = read('l10n/bundle.l10n.zh-cn.json');
    const dir = path.join(REPO_ROOT, 'client', 'src');
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 5);
    for (const text of used) {
      assert.ok(bundle[text], `l10n/bundle.l10n.zh-cn.json lacks "${text}"`);
      const slots = (s: string) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(slots(bundle[text]), slots(text), text);
    }
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'translations of strings no longer used');
  });

  it('every engine message has both languages with the same slots', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.match(text.zh, /[\u4e00-\u9fff]/, key);
      assert.deepEqual(slots(text.en), slots(text.zh), key);
    }
  });
});
