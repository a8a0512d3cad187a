/**
 * Cycles in the broader relation (a concept that is, through its broader
 * concepts, broader than itself). Each cycle is reported once, as the list of
 * ids from its smallest id back to itself, e.g. `['a', 'b', 'a']`.
 */
export function findBroaderCycles(broaderOf: Map<string, string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = stack.slice(stack.indexOf(id));
      const start = cycle.indexOf([...cycle].sort()[0]);
      const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.set(rotated.join(' '), [...rotated, rotated[0]]);
      return;
    }
    state.set(id, 'visiting');
    stack.push(id);
    for (const parent of broaderOf.get(id) ?? []) if (broaderOf.has(parent)) visit(parent);
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...broaderOf.keys()].sort()) visit(id);
  return [...cycles.values()];
}
