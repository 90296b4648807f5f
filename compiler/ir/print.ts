// IR -> readable text: one line per node with its op, arguments, type and the spec line it came from.
import type { SourceFile } from '../../core/diagnostic.js';
import type { AnyNode, Module, Program } from '../../core/ir.js';

function argText(n: AnyNode): string {
  switch (n.op) {
    case 'param':
      return `[${n.arg.path}; ${n.arg.init.kind}${Object.keys(n.arg.init.args).length ? '(' + Object.entries(n.arg.init.args).map(([k, v]) => `${k}=${v}`).join(', ') + ')' : ''}]`;
    case 'input':
      return `[${n.arg.name}]`;
    case 'state':
      return `[${n.arg.path}; ${n.arg.value}]`;
    case 'const':
      return `[${n.arg.value}]`;
    default: {
      const entries = Object.entries(n.arg as object).filter(([, v]) => v !== false);
      return entries.length ? `{${entries.map(([k, v]) => (v === true ? k : `${k}=${Array.isArray(v) ? `[${v.join(',')}]` : v}`)).join(', ')}}` : '';
    }
  }
}

/** One node as text, e.g. `%5 = matmul(%1, %2) : f32[128, 256]  # h1 (12)`. */
export function printNode(n: AnyNode, file?: SourceFile): string {
  const src = n.src.length ? `(${n.src.map((s) => `%${s}`).join(', ')})` : '';
  const line = file && n.span.end > 0 ? ` (line ${file.position(n.span.start).line})` : '';
  const head = `%${n.id} = ${n.op}${argText(n)}${src} : ${n.dtype}[${n.shape.join(', ')}]`;
  return `${head.padEnd(64)}  # ${n.name || '-'}${line}`;
}

/** A whole program as text. */
export function printProgram(p: Program, file?: SourceFile): string {
  const lines = [`program ${p.name} (${p.nodes.length} nodes)`];
  for (const n of p.nodes) lines.push('  ' + printNode(n, file));
  if (p.outputs.length) lines.push(`  outputs: ${p.outputs.map((o) => `${o.name} = %${o.node}`).join(', ')}`);
  if (p.updates.length) lines.push(`  updates: ${p.updates.map((o) => `${o.name} = %${o.node}`).join(', ')}`);
  return lines.join('\n');
}

/** A whole module as text: parameters, optimizer state and every program. */
export function printModule(m: Module, file?: SourceFile): string {
  const lines = [`module ${m.model} (batch ${m.batch}, seed ${m.seed})`];
  for (const p of m.params) lines.push(`  param ${p.path} : f32[${p.shape.join(', ')}] = ${p.init.kind}`);
  for (const s of m.state) lines.push(`  state ${s.path} : f32[${s.shape.join(', ')}] = ${s.value}`);
  return [lines.join('\n'), ...m.programs.map((p) => printProgram(p, file))].join('\n\n') + '\n';
}
