// An artifact + tuned kernel choices + a device -> whether the whole program step really runs faster with them than with
// every default: kernels timed alone can mislead (on a loaded CPU device the tuned MLP step got slower), the step cannot.
import type { Artifact, ManifestProgram } from '../../core/artifact.js';
import { type Feeds, GpuSession } from './session.js';
import { median } from './timing.js';

/** A whole-step check keeps the choices only when the step is faster by at least this fraction... */
export const minStepGain = 0.03;

/** ...and in at least this share of the paired rounds: a burst of load on the machine moves a median, not most pairs. */
export const minWinShare = 0.75;

/** Options of `checkWholeStep`. */
export interface StepCheckOptions {
  /** The fraction the step must gain (default `minStepGain`); 1 never keeps, -Infinity always does (for tests). */
  minGain?: number;
  /** Time the check may take, after compiling both sessions' pipelines; at least 4 steps of each are timed. */
  budgetMs?: number;
}

/** What a whole-step check measured and decided. */
export interface StepCheck {
  program: ManifestProgram['name'];
  /** Median milliseconds per step with the baseline (the defaults, or what was remembered before), and with the choices. */
  baselineMs: number;
  chosenMs: number;
  /** Steps timed of each. */
  steps: number;
  /** The gain the choices had to show (`minGain`). */
  margin: number;
  /** Rounds (one step of each, back to back) in which the choices' step beat the baseline's by the margin. */
  wins: number;
  kept: boolean;
}

const now = () => performance.now();

/** Zeros for every input of a program (class 0, token 0: valid for every input kind). */
export function zeroFeeds(p: ManifestProgram): Feeds {
  return Object.fromEntries(p.inputs.map((i) => {
    const n = i.shape.reduce((a, b) => a * b, 1);
    return [i.name, i.dtype === 'i32' ? new Int32Array(n) : new Float32Array(n)];
  }));
}

/**
 * Times the artifact's main program (train_step, else predict) a few steps with `baseline` (default: every kernel's
 * default form; tuning passes the choices already remembered) and with `choices`,
 * interleaved (ABBA, so a slow moment of the machine falls on both), each session on its own buffers so no model's
 * weights change, and keeps the choices only if their median step is faster by the margin and so are most of the paired rounds.
 */
export async function checkWholeStep(
  device: GPUDevice,
  artifact: Artifact,
  choices: Readonly<Record<string, string>>,
  baseline: Readonly<Record<string, string>> = {},
  options: StepCheckOptions = {},
): Promise<StepCheck> {
  const programs = artifact.manifest.programs;
  const p = programs.find((x) => x.name === 'train_step') ?? programs.find((x) => x.name === 'predict') ?? programs[0];
  const feeds = zeroFeeds(p);
  const sessions = [await GpuSession.create(device, artifact, baseline), await GpuSession.create(device, artifact, choices)];
  try {
    const step = async (s: GpuSession) => {
      const t = now();
      await s.run(p.name, feeds, false);
      await device.queue.onSubmittedWorkDone();
      return now() - t;
    };
    // The first step of each compiles its shaders (lavapipe compiles at first dispatch): not speed.
    for (const s of sessions) await step(s);
    const times: number[][] = [[], []];
    const t0 = now();
    const budget = options.budgetMs ?? 1000;
    for (let round = 0; round < 16; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const i of order) times[i].push(await step(sessions[i]));
      if (round >= 3 && now() - t0 > budget) break;
    }
    const [baselineMs, chosenMs] = times.map(median);
    // Both the medians and most pairs must agree: on a loaded CPU device single steps vary by tens of percent, in bursts.
    const margin = options.minGain ?? minStepGain;
    const wins = times[1].filter((t, r) => t < times[0][r] * (1 - margin)).length;
    const kept = chosenMs < baselineMs * (1 - margin) && wins >= Math.ceil(minWinShare * times[0].length);
    return { program: p.name, baselineMs, chosenMs, steps: times[0].length, margin, wins, kept };
  } finally {
    for (const s of sessions) s.destroy();
  }
}
