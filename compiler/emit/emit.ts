// IR Module -> Artifact: fuses each program into kernels, plans memory, emits WGSL and writes the manifest.
import type { Artifact, KernelVariant, Manifest, ManifestKernel, ManifestProgram, ManifestTensor } from '../../core/artifact.js';
import type { SourceFile } from '../../core/diagnostic.js';
import { InternalError } from '../../core/diagnostic.js';
import { sha256Hex } from '../../core/sha256.js';
import type { CheckedModel } from '../check/types.js';
import { describeModel } from '../describe.js';
import { fuseModule, storageOf, type FusedProgram } from '../fuse/fuse.js';
import type { Module, Program } from '../../core/ir.js';
import { planModule, residentLayout, type ProgramPlan } from '../plan/plan.js';
import { defaultKernelOptions, emitKernel, type KernelOptions } from './kernels.js';
import { extraVariants, kernelKey, variantsByKind } from './variants.js';

/** Everything the backend produced, including intermediate results for tests and `--stats`. */
export interface Backend {
  artifact: Artifact;
  fused: FusedProgram[];
  plans: ProgramPlan[];
}

function tensorOf(p: Program, plan: ProgramPlan, name: string, id: number): ManifestTensor {
  const n = p.nodes[id];
  const store = storageOf(p, id);
  const s = p.nodes[store];
  if (s.op === 'const') return { name, dtype: n.dtype, shape: n.shape, arena: 'work', offset: 0, constant: s.arg.value };
  const at = plan.placements.get(store);
  if (!at) throw new InternalError(`output ${name} has no placement`);
  return { name, dtype: n.dtype, shape: n.shape, arena: at.arena, offset: at.offset };
}

/** The spec a module was compiled from: its text and file, and the checked model that describes its inputs and targets. */
export interface EmitSpec {
  text: string;
  file?: SourceFile;
  /** Absent for a module built by hand: the manifest then describes its inputs from the IR alone. */
  model?: CheckedModel;
}

/** Stage 8, emit: WGSL for every kernel and the manifest that ties kernels, memory and programs together. */
export function emitArtifact(m: Module, fused: FusedProgram[], plans: ProgramPlan[], spec: EmitSpec, options: KernelOptions = defaultKernelOptions): Artifact {
  const resident = residentLayout(m);
  const shaders: Record<string, string> = {};
  const defaults = new Set<string>();
  const programs: ManifestProgram[] = fused.map((fp, i) => {
    const p = fp.program;
    const plan = plans[i];
    const kernels = fp.kernels.map((k) => {
      const e = emitKernel(p, k, plan, options, spec.file);
      const base = `${p.name}.${String(k.id).padStart(3, '0')}.${k.name}`;
      const file = `${base}.wgsl`;
      shaders[file] = e.wgsl;
      defaults.add(file);
      const kernel: ManifestKernel = { name: e.name, kind: e.kind, shader: file, bindings: e.bindings, workgroups: e.workgroups, source: e.source };
      // Other forms of the same kernel, for the runtime to time on its device; the default is the first.
      const variants: KernelVariant[] = [{ label: variantsByKind[k.kind][0]?.label ?? 'default', shader: file, workgroups: e.workgroups }];
      const seen = new Set([e.wgsl]);
      for (const v of options.variants ? extraVariants(p, k, plan, options.variants === 'all') : []) {
        const ev = emitKernel(p, k, plan, { ...options, ...v.choice }, spec.file);
        if (seen.has(ev.wgsl)) continue;
        seen.add(ev.wgsl);
        shaders[`${base}.${v.label}.wgsl`] = ev.wgsl;
        variants.push({ label: v.label, shader: `${base}.${v.label}.wgsl`, workgroups: ev.workgroups, ...(v.features ? { features: v.features } : {}), ...(v.minSubgroupSize ? { minSubgroupSize: v.minSubgroupSize } : {}) });
      }
      return variants.length > 1 ? { ...kernel, key: kernelKey(p, k), variants } : kernel;
    });
    const inputs = p.nodes.filter((n) => n.op === 'input').map((n) => ({ name: (n.arg as { name: string }).name, dtype: n.dtype, shape: n.shape, arena: 'data' as const, offset: plan.placements.get(n.id)!.offset }));
    return {
      name: p.name,
      inputs,
      outputs: p.outputs.map((o) => tensorOf(p, plan, o.name, o.node)),
      elements: { data: plan.elements.data, work: plan.elements.work },
      kernels,
    };
  });
  // What the programs compute, not where they came from: spec locations (kernel `source`, WGSL comments) are left out,
  // so the same spec under another path, or with a comment added, keeps its hash and its checkpoints.
  // Variants are left out too: which one a device runs changes the speed, never the values or the memory layout.
  const computed = programs.map((p) => ({ ...p, kernels: p.kernels.map(({ key: _key, variants: _variants, ...k }) => ({ ...k, source: [] })) }));
  const code = (wgsl: string) => wgsl.replace(/^\s*\/\/.*$/gm, '');
  const programHash = sha256Hex(JSON.stringify(computed), [...defaults].sort().map((k) => code(shaders[k])).join('\n'));
  const manifest: Manifest = {
    format: 'mdlc-artifact',
    version: 1,
    model: m.model,
    specHash: sha256Hex(spec.text),
    programHash,
    specText: spec.text,
    batchSize: m.batch,
    seed: m.seed,
    // What the model reads and reports, so the runtime stands on the manifest alone.
    ...describeModel(m, spec.model),
    elements: resident.elements,
    params: m.params.map((x) => ({ path: x.path, shape: x.shape, offset: resident.params.get(x.path)!.offset, init: x.init })),
    state: m.state.map((x) => ({ path: x.path, shape: x.shape, offset: resident.state.get(x.path)!.offset, value: x.value, ...(x.role ? { role: x.role } : {}) })),
    programs,
  };
  return { manifest, shaders };
}

/** Stages 6-8 in one call: fuse, plan and emit every program of a module. */
export function emitModule(m: Module, spec: EmitSpec, options: KernelOptions = defaultKernelOptions): Backend {
  const fused = fuseModule(m);
  const plans = planModule(m, fused);
  return { artifact: emitArtifact(m, fused, plans, spec, options), fused, plans };
}
