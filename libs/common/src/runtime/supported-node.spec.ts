import { readFileSync } from 'node:fs';
import { isSupportedNode, MINIMUM_NODE_VERSION } from './supported-node.js';

describe('supported Node.js runtime', () => {
  it("matches package.json's engines and the pinned runtime packages", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { engines: { node: string }; optionalDependencies: Record<string, string> };
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE_VERSION}`);
    for (const [name, version] of Object.entries(pkg.optionalDependencies).filter(([name]) => /^node-(linux|darwin|win)-/.test(name))) {
      expect([name, isSupportedNode(version)]).toEqual([name, true]);
    }
  });

  it('runs the suite on it', () => {
    expect(isSupportedNode(process.versions.node)).toBe(true);
  });

  it.each([
    ['20.20.2', false],
    ['24.22.0', false],
    ['26.9.9', false],
    ['26.10.0', true],
    ['26.12.1', true],
    ['27.0.0', true],
    ['v26.10.1', true],
  ])('judges %s supported: %s', (version, expected) => {
    expect(isSupportedNode(version)).toBe(expected);
  });
});
