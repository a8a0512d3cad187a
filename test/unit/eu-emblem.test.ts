import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { euEmblemSvg, euFlag, euStarsPath } from '../../src/lib/eu-emblem.ts';

const stars = euStarsPath.split('Z').filter(Boolean).map((star) => [...star.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]));

describe('the EU emblem', () => {
  it('has twelve five-pointed stars', () => {
    expect(stars).toHaveLength(12);
    for (const star of stars) expect(star).toHaveLength(10);
  });

  it('puts the stars on a circle of a third of the height, the first at twelve o\'clock', () => {
    const centres = stars.map((star) => [star.reduce((sum, [x]) => sum + x, 0) / 10, star.reduce((sum, [, y]) => sum + y, 0) / 10]);
    for (const [x, y] of centres) expect(Math.hypot(x - euFlag.width / 2, y - euFlag.height / 2)).toBeCloseTo(euFlag.height / 3, 0);
    expect(centres[0][0]).toBeCloseTo(euFlag.width / 2, 1);
    expect(centres[0][1]).toBeLessThan(euFlag.height / 2);
  });

  it('gives each star an outer radius of an eighteenth of the height', () => {
    const [tipX, tipY] = stars[0][0];
    const [centreX, centreY] = [euFlag.width / 2, euFlag.height / 2 - euFlag.height / 3];
    expect(Math.hypot(tipX - centreX, tipY - centreY)).toBeCloseTo(euFlag.height / 18, 1);
  });

  it("is a well-formed SVG document with the flag's blue and gold", () => {
    expect(XMLValidator.validate(euEmblemSvg)).toBe(true);
    expect(euEmblemSvg).toContain('fill="#003399"');
    expect(euEmblemSvg).toContain(`d="${euStarsPath}" fill="#ffcc00"`);
  });
});
