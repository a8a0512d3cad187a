/** The median of the measured values; samples recorded as NaN (lost) are left out. NaN when none was measured. */
export function median(values: number[]): number {
  const measured = values.filter(Number.isFinite).sort((a, b) => a - b);
  return measured.length ? measured[Math.floor(measured.length / 2)] : Number.NaN;
}
