// What the playground shows beside the editor, each built from the compiler's own data: diagnostics with hints, the
// Keras-style summary, the kernels with their WGSL and spec lines, the memory plan and the dispatch list.
import type { Artifact } from '../../core/artifact.js';
import { codes } from '../../core/codes.js';
import { type Diagnostic, type SourceFile, sortDiagnostics } from '../../core/diagnostic.js';

/** Makes an element with a class and text or children. */
export function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const c of children) e.append(c);
  return e;
}

const kib = (elements: number) => `${((elements * 4) / 1024).toFixed(elements * 4 < 10240 ? 1 : 0)} KiB`;

/** The diagnostics as a list: position, code, title, message, notes and hint; a click moves the caret there. */
export function diagnosticsView(file: SourceFile, ds: Diagnostic[], reveal: (offset: number) => void): HTMLElement {
  if (ds.length === 0) return el('p', 'ok', 'No problems: the spec checks.');
  const list = el('ul', 'diagnostics');
  for (const d of sortDiagnostics(ds)) {
    const p = file.position(d.span.start);
    const where = d.commandLine ? 'settings' : `${p.line}:${p.column}`;
    const head = el('div', 'diagnostic-head', el('span', `severity ${d.severity}`, d.severity), ` ${d.code} `, el('span', 'where', where), ` ${d.message}`);
    const item = el('li', `diagnostic ${d.severity}`, head);
    item.dataset.code = d.code;
    item.dataset.line = String(p.line);
    item.dataset.column = String(p.column);
    item.title = codes[d.code].title;
    for (const n of d.notes) {
      const at = n.span ? `${file.position(n.span.start).line}:${file.position(n.span.start).column} ` : '';
      item.append(el('div', 'note', `note: ${at}${n.message}`));
    }
    if (d.hint) item.append(el('div', 'hint', `hint: ${d.hint}`));
    item.addEventListener('click', () => reveal(d.span.start));
    list.append(item);
  }
  return list;
}

/** The spec lines a kernel came from (`playground.model:12`), as line numbers with their text. */
function sourceLines(file: SourceFile, source: string[]): string[] {
  const lines = file.text.split(/\r\n|\r|\n/);
  return source.map((s) => {
    const n = Number(/:(\d+)$/.exec(s)?.[1]);
    return Number.isFinite(n) && lines[n - 1] !== undefined ? `${n}: ${lines[n - 1].trim()}` : s;
  });
}

/** Every kernel of every program: kind, workgroups, the spec lines it came from, and its WGSL (folded). */
export function kernelsView(file: SourceFile, artifact: Artifact): HTMLElement {
  const root = el('div', 'kernels');
  for (const p of artifact.manifest.programs) {
    root.append(el('h3', '', `${p.name}: ${p.kernels.length} kernels`));
    for (const k of p.kernels) {
      const wgsl = artifact.shaders[k.shader] ?? '';
      const summary = el('summary', '', el('code', 'kernel-name', k.name), ` ${k.kind}, ${k.workgroups} workgroups, ${wgsl.split('\n').length} lines of WGSL`);
      const from = el('ul', 'kernel-source', ...sourceLines(file, k.source).map((l) => el('li', '', l)));
      const details = el('details', 'kernel', summary, from, el('pre', 'wgsl', wgsl));
      details.dataset.program = p.name;
      root.append(details);
    }
  }
  return root;
}

/** The memory plan: one buffer per arena, its size, and what lives in params and state. */
export function memoryView(artifact: Artifact): HTMLElement {
  const m = artifact.manifest;
  const rows: [string, string, string][] = [
    ['params', kib(m.elements.params), `${m.params.length} parameters, shared by every program`],
    ['state', kib(m.elements.state), `${m.state.length} tensors: optimizer moments, step counters, layer variables`],
    ...m.programs.flatMap((p): [string, string, string][] => [
      [`data (${p.name})`, kib(p.elements.data), `${p.inputs.length} inputs and ${p.outputs.length} outputs of one step`],
      [`work (${p.name})`, kib(p.elements.work), 'intermediates, with dead memory reused within the step'],
    ]),
  ];
  const table = el('table', 'memory', el('tr', '', el('th', '', 'arena'), el('th', '', 'size'), el('th', '', 'holds')));
  for (const [a, b, c] of rows) table.append(el('tr', '', el('td', '', a), el('td', 'num', b), el('td', '', c)));
  const params = el('table', 'params', el('tr', '', el('th', '', 'parameter'), el('th', '', 'shape'), el('th', '', 'offset')));
  for (const p of m.params) params.append(el('tr', '', el('td', '', p.path), el('td', '', `[${p.shape.join(', ')}]`), el('td', 'num', String(p.offset))));
  return el('div', '', table, el('h3', '', 'Parameters'), params);
}

/** Each program's dispatches in order: what one step records into its one command buffer. */
export function dispatchView(artifact: Artifact): HTMLElement {
  const root = el('div', 'dispatches');
  for (const p of artifact.manifest.programs) {
    const total = p.kernels.reduce((s, k) => s + k.workgroups, 0);
    root.append(el('h3', '', `${p.name}: ${p.kernels.length} dispatches, ${total} workgroups, 1 submit`));
    root.append(el('ol', '', ...p.kernels.map((k) => el('li', '', el('code', '', k.name), ` (${k.kind}) × ${k.workgroups}`))));
  }
  return root;
}
