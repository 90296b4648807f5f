// The playground page: edit a .model spec, see the real checker's diagnostics as you type, its shapes and parameter
// counts, and what the compiler makes of it (kernels with their WGSL, the memory plan, the dispatches). Everything runs
// in the page: the compiler is bundled with it, and no spec or data leaves the machine.
import { compileSource, checkSource } from '../../compiler/compile.js';
import { renderSummary, summarize } from '../../compiler/summary.js';
import { SourceFile } from '../../core/diagnostic.js';
import { Editor } from './editor.js';
import { trainView } from './train.js';
import { diagnosticsView, dispatchView, el, kernelsView, memoryView } from './views.js';

/** The shipped specs the picker offers, served from /specs/ by scripts/playground.ts. */
const shipped = ['mlp', 'iris', 'cnn', 'text-classifier', 'autoencoder', 'char-gpt'];

/** How long typing must pause before the spec is checked, and before a clean spec is compiled. */
const checkDelayMs = 120;
const compileDelayMs = 400;

const byId = <T extends HTMLElement>(id: string): T => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e as T;
};

/** What the page last did, for people (the status line) and for the browser test (`data-` attributes on <body>). */
function status(text: string, state: Record<string, string>): void {
  byId('status').textContent = text;
  for (const [k, v] of Object.entries(state)) document.body.dataset[k] = v;
}

function show(id: string, content: Node): void {
  byId(id).replaceChildren(content);
}

/** Marks the first time the page reached a point (bench/browser-speed.ts reads these marks for the cold-load time). */
function firstTime(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

let checkTimer: ReturnType<typeof setTimeout> | undefined;
let compileTimer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

const editor = new Editor(byId<HTMLTextAreaElement>('source'), byId('highlight'), () => schedule());

function schedule(): void {
  generation++;
  clearTimeout(checkTimer);
  clearTimeout(compileTimer);
  status('checking…', { state: 'checking' });
  checkTimer = setTimeout(check, checkDelayMs);
}

function check(): void {
  const file = new SourceFile('playground.model', editor.text);
  const t0 = performance.now();
  const result = checkSource(file, { purpose: 'auto' });
  const ms = performance.now() - t0;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  editor.setSquiggles(result.diagnostics.filter((d) => !d.commandLine).map((d) => ({ start: d.span.start, end: d.span.end, severity: d.severity, message: `${d.code}: ${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}` })));
  show('diagnostics', diagnosticsView(file, result.diagnostics, (o) => editor.reveal(o)));
  byId('diagnostics-count').textContent = String(result.diagnostics.length);
  firstTime('mdlc:first-diagnostics');
  if (!result.model) {
    status(`${errors} error${errors === 1 ? '' : 's'} (checked in ${ms.toFixed(0)} ms)`, { state: 'errors', errors: String(errors) });
    return;
  }
  show('summary', el('pre', 'summary', renderSummary(summarize(result.model, file), file)));
  status(`checks (${ms.toFixed(0)} ms); compiling…`, { state: 'compiling', errors: '0' });
  const mine = generation;
  compileTimer = setTimeout(() => compile(file, mine), compileDelayMs);
}

function compile(file: SourceFile, mine: number): void {
  if (mine !== generation) return;
  const t0 = performance.now();
  // Attention weights come back from predict too (a heat map in the Train panel's text box).
  const result = compileSource(file, { purpose: 'auto', backend: true, expose: ['attention_weights'] });
  const ms = performance.now() - t0;
  if (!result.artifact) {
    // Backend limits (an arena beyond WebGPU's) are diagnostics too.
    show('diagnostics', diagnosticsView(file, result.diagnostics, (o) => editor.reveal(o)));
    status(`does not compile (${ms.toFixed(0)} ms)`, { state: 'errors' });
    return;
  }
  const a = result.artifact;
  show('kernels', kernelsView(file, a));
  show('memory', memoryView(a));
  show('dispatches', dispatchView(a));
  // A run in progress keeps its panel (and its model) until it ends; the next compile after that replaces it.
  if (document.body.dataset.train !== 'running') show('train', trainView({ ...a, module: result.module }));
  firstTime('mdlc:first-compile');
  const kernels = a.manifest.programs.reduce((s, p) => s + p.kernels.length, 0);
  status(`compiled in ${ms.toFixed(0)} ms: ${a.manifest.programs.length} programs, ${kernels} kernels`, { state: 'compiled', kernels: String(kernels) });
}

/** Tabs: one panel visible at a time. */
for (const tab of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) t.classList.toggle('active', t === tab);
    for (const panel of document.querySelectorAll<HTMLElement>('.panel')) panel.hidden = panel.id !== tab.dataset.tab;
  });
}

async function loadSpec(name: string): Promise<void> {
  const response = await fetch(`specs/${name}.model`);
  if (!response.ok) throw new Error(`specs/${name}.model: HTTP ${response.status}`);
  editor.setText(await response.text());
}

async function webgpuStatus(): Promise<void> {
  const note = byId('webgpu');
  const gpu = (navigator as Navigator & { gpu?: GPU }).gpu;
  const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
  if (adapter) {
    const info = adapter.info;
    note.textContent = `WebGPU: ${[info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'an adapter'}`;
    document.body.dataset.webgpu = 'yes';
  } else {
    note.textContent = 'This browser has no WebGPU (or no adapter for it): compiling works, and models run on the CPU executor instead, more slowly.';
    note.classList.add('warning');
    document.body.dataset.webgpu = 'no';
  }
}

const picker = byId<HTMLSelectElement>('spec');
for (const name of shipped) picker.append(new Option(`specs/${name}.model`, name));
picker.addEventListener('change', () => void loadSpec(picker.value));
void webgpuStatus();
void loadSpec(shipped[0]).catch((e: Error) => status(`could not load the spec: ${e.message}`, { state: 'failed' }));
