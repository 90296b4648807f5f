// Whole-graph warnings after a clean check: tensors, inputs, targets and blocks that no output or loss depends on.
import type { Checker } from './checker.js';
import type { BlockDecl } from './scope.js';

/** Reports tensors, inputs and blocks that nothing uses. */
export function checkUnused(c: Checker, roots: number[], inputs: number[], blocks: BlockDecl[]): void {
  const reached = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const n = c.node(id);
    if (n.kind === 'layer') stack.push(...n.inputs);
    else if (n.kind === 'neg' || n.kind === 'index') stack.push(n.input);
    else if (n.kind === 'function') stack.push(...n.inputs.flatMap((o) => ('tensor' in o ? [o.tensor] : [])));
    else if (n.kind === 'binary') for (const o of [n.lhs, n.rhs]) if ('tensor' in o) stack.push(o.tensor);
  }
  for (const d of c.spec.decls) {
    if (d.kind !== 'assign') continue;
    const b = c.top.tensors.get(d.name.name);
    if (b && b.span === d.name.span && !reached.has(b.id)) {
      c.bag.warning('W0701', `\`${d.name.name}\` is computed but never used`, d.name.span, { hint: 'use it, mark it `output`, or delete the line' });
    }
  }
  for (const { assign, nodes } of c.blockAssigns.values()) {
    if (!nodes.some((id) => reached.has(id))) c.bag.warning('W0701', `\`${assign.name.name}\` is computed but never used`, assign.name.span, { hint: 'use it or delete the line' });
  }
  for (const id of inputs) {
    if (reached.has(id)) continue;
    const n = c.node(id);
    if (n.kind === 'input') c.bag.warning('W0702', `${n.role} \`${n.name}\` is never used`, n.span, { hint: n.role === 'target' ? 'use it in the loss' : 'feed it to a layer or delete it' });
  }
  for (const b of blocks) {
    if (!c.usedBlocks.has(b.name.name)) c.bag.warning('W0703', `block ${b.name.name} is never used`, b.name.span, { hint: `apply it, e.g. y = ${b.name.name}(...)(x), or delete it` });
  }
}

