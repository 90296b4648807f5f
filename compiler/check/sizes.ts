// Checked graph -> size diagnostics: every tensor and weight against the element and binding limits at the batch size.
import type { Span } from '../../grammar/ast.js';
import { batchDim, type Checker } from './checker.js';
import { count, mib, targetLimits } from './limits.js';
import { formatShape, type GraphNode, type TensorType } from './types.js';

/** What is too large about a tensor of `elements` (`perRow` in each of `rows`, when it has a batch axis), or undefined; a row too large alone is said so, as no batch size helps then. */
function sizeProblem(elements: number, perRow: number, rows: number | undefined): string | undefined {
  const one = rows !== undefined && (perRow > targetLimits.maxElements || perRow * 4 > targetLimits.maxBindingSize);
  const [n, at] = one ? [perRow, ' in one row'] : [elements, rows === undefined ? '' : ` at batch size ${rows}`];
  if (n > targetLimits.maxElements) return `has ${count(n)} elements${at}; a tensor can have at most ${count(targetLimits.maxElements)} (2^31 - 1)`;
  if (n * 4 > targetLimits.maxBindingSize)
    return `needs ${mib(n * 4)} (${count(n)} elements of 4 bytes${at}); a kernel can bind at most ${mib(targetLimits.maxBindingSize)} (WebGPU's default maxStorageBufferBindingSize)`;
  return undefined;
}

/** Whether a tensor is too large even at batch size 1. */
function rowTooLarge(perRow: number): boolean {
  return perRow > targetLimits.maxElements || perRow * 4 > targetLimits.maxBindingSize;
}

/** Elements of a type with `batch` rows; other symbolic dimensions are unknown until data arrives and count as 1. */
function elementsOf(type: TensorType, batch: number): { elements: number; perRow: number; rows?: number } {
  const perRow = type.shape.reduce<number>((a, d) => (typeof d === 'number' ? a * d : a), 1);
  const rows = type.shape.includes(batchDim) ? batch : undefined;
  return { elements: perRow * (rows ?? 1), perRow, rows };
}

/**
 * Every tensor of the graph, and every weight and variable of its layers, against the element and binding limits at the
 * train batch size: one diagnostic per spec location (the first tensor too large there), so a huge layer is reported
 * where it is written rather than at every tensor downstream of it as well.
 */
export function checkSizes(c: Checker, batch: number): void {
  const reported = new Set<string>();
  const report = (span: Span, what: string, problem: string | undefined, hint: string) => {
    const key = `${span.start}:${span.end}`;
    if (!problem || reported.has(key)) return;
    reported.add(key);
    c.error('E0408', `${what} ${problem}`, span, { hint });
  };
  const shrink = 'make it smaller, or lower the batch size (train batch_size=..., --batch-size)';
  for (const n of c.nodes) {
    if (n.kind === 'layer') for (const w of [...n.params, ...n.variables]) weight(report, n, w.path, w.shape);
    const e = elementsOf(n.type, batch);
    report(n.span, `\`${n.name}\` (${n.type.dtype}${formatShape(n.type.shape)})`, sizeProblem(e.elements, e.perRow, e.rows), rowTooLarge(e.perRow) || !e.rows ? 'make it smaller' : shrink);
  }
}

function weight(report: (span: Span, what: string, problem: string | undefined, hint: string) => void, n: GraphNode, path: string, shape: number[]): void {
  const elements = shape.reduce((a, b) => a * b, 1);
  report(n.span, `the weight \`${path}\` ${formatShape(shape)}`, sizeProblem(elements, elements, undefined), 'use fewer units, features or classes');
}
