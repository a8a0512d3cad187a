/**
 * The European flag's official geometry: twelve five-pointed gold stars on a
 * circle whose radius is a third of the flag's height, each star's outer
 * radius an eighteenth of it. The rules forbid altering the emblem, so it is
 * computed, not hand-drawn, and served as one image file that every page's
 * footer shows from the reader's cache.
 */
export const euFlag = { width: 810, height: 540 } as const;

const circle = euFlag.height / 3;
const outer = euFlag.height / 18;
const inner = outer * (Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10));

function starPath(cx: number, cy: number): string {
  const points = Array.from({ length: 10 }, (_, point) => {
    const radius = point % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (point * Math.PI) / 5;
    return `${point === 0 ? 'M' : 'L'}${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `${points.join('')}Z`;
}

/** SVG path data of the twelve stars, the first at twelve o'clock. */
export const euStarsPath = Array.from({ length: 12 }, (_, index) => {
  const angle = (index * Math.PI) / 6;
  return starPath(euFlag.width / 2 + circle * Math.sin(angle), euFlag.height / 2 - circle * Math.cos(angle));
}).join('');

/** The emblem as a standalone SVG document. */
export const euEmblemSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${euFlag.width} ${euFlag.height}" width="${euFlag.width}" height="${euFlag.height}"><rect width="${euFlag.width}" height="${euFlag.height}" fill="#003399"/><path d="${euStarsPath}" fill="#ffcc00"/></svg>
`;
