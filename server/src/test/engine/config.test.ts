import * as assert from 'node:assert/strict';
import { analyze, RULE_IDS, RULE_TITLES } from '../../engine';
import { draft } from '../helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers';

const text = draft('一、甲', '二、乙', '四、丁', '增长X%。');

describe('rule settings', () => {
  it('turns a rule off', () => {
    const rules = analyze(text, { rules: { 'sequence-gap': 'off' }, level3Dot: '.' }).findings.map((f) => f.rule);
    assert.deepEqual(rules, ['placeholder']);
  });

  it('changes a rule severity', () => {
    const gap = analyze(text, { rules: { 'sequence-gap': 'error' }, level3Dot: '.' }).findings.find((f) => f.rule === 'sequence-gap');
    assert.equal(gap?.severity, 'error');
  });

  it('every rule the engine runs is documented in package.json and has a page under docs/rules', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const documented = Object.keys(manifest.contributes.configuration.properties['gongwen.rules'].properties);
    assert.deepEqual([...documented].sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      assert.ok(fs.existsSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md is missing`);
    }
  });

  it('every rule has a name in both languages, the Chinese one as its page under docs/rules gives it', () => {
    for (const id of RULE_IDS) {
      const title = RULE_TITLES[id];
      assert.ok(title && title.zh && title.en, `${id} has no name`);
      const heading = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${id}.md`), 'utf8').split('\n')[0];
      assert.equal(heading, `# ${id} ${title.zh}`);
    }
  });

  it('the .gongwenrc.json schema knows every rule and every setting the server reads', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'gongwenrc.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const settings = Object.keys(manifest.contributes.configuration.properties).map((k: string) => k.replace(/^gongwen\./, ''));
    for (const key of settings) {
      const [head, tail] = key.split('.');
      const entry = schema.properties[head!];
      assert.ok(entry && (!tail || entry.properties[tail]), `schema lacks ${key}`);
    }
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.gongwenrc.json', url: './schemas/gongwenrc.schema.json' }]);
  });
});
