// The registry of diagnostic codes: one entry per code, each with a title and a spec that triggers it.

/** Metadata for a diagnostic code; `example` is a complete spec that produces it (checked by a test). */
export interface CodeInfo {
  title: string;
  example: string;
}

const header = 'model demo\ninput x: f32[batch, 4]\n';

/** Every code mdlc can report. Adding a code means adding an example, and the test proves the example triggers it. */
export const codes = {
  E0101: { title: 'unexpected character', example: header + 'y = Dense(3)(x) $\n' },
  E0102: { title: 'syntax error', example: header + 'y = Dense(3)(x\n' },
  E0103: { title: 'unterminated string', example: header + 'y = Dense(3, name="oops)(x)\n' },
  E0104: { title: 'nesting too deep', example: header + 'const c = ' + '('.repeat(300) + '1' + ')'.repeat(300) + '\n' },
  E0105: { title: 'missing model line', example: 'input x: f32[batch, 4]\n' },
  E0201: { title: 'unknown name', example: header + 'y = Dense(3)(z)\n' },
  E0202: { title: 'unknown layer or function', example: header + 'y = Dence(3)(x)\n' },
  E0203: { title: 'duplicate name', example: header + 'y = Dense(3)(x)\ny = Dense(2)(x)\n' },
  E0204: { title: 'recursive block', example: header + 'block A()(t) { return A()(t) }\ny = A()(x)\n' },
  E0205: { title: 'wrong kind of value', example: header + 'const k = 3\ny = Dense(3)(k)\n' },
  E0206: { title: 'unknown constant in --set', example: '' },
  E0301: { title: 'unknown argument', example: header + 'y = Dense(3, activaton=relu)(x)\n' },
  E0302: { title: 'missing argument', example: header + 'y = Dense()(x)\n' },
  E0303: { title: 'wrong argument type', example: header + 'y = Dense(3.5)(x)\n' },
  E0304: { title: 'argument out of range', example: header + 'y = Dropout(1.5)(x)\n' },
  E0305: { title: 'too many or repeated arguments', example: header + 'y = Dense(3, units=4)(x)\n' },
  E0306: { title: 'incompatible arguments', example: 'model demo\ninput x: f32[batch, 10, 64]\ny = MultiHeadAttention(heads=3)(x)\n' },
  E0310: { title: 'incompatible recurrent arguments', example: 'model demo\ninput x: f32[batch, 5, 3]\ny = LSTM(4, bias_init=ones)(x)\n' },
  E0311: { title: 'mask on ids that are no sequence', example: 'model demo\ninput ids: i32[batch, 4, 5]\ny = Embedding(10, 8, mask_zero=true)(ids)\n' },
  E0312: { title: 'wrapped layer is no recurrent layer', example: 'model demo\ninput x: f32[batch, 5, 3]\ny = Bidirectional(Dense(4))(x)\n' },
  E0313: { title: 'recurrent layer unrolls too far', example: 'model demo\ninput x: f32[batch, 1001, 2]\ny = LSTM(4)(x)\n' },
  E0320: { title: 'index is not an integer', example: 'model demo\ninput x: f32[batch, 4, 3]\ny = x[:, 1.5]\n' },
  E0321: { title: 'unsupported slice step', example: 'model demo\ninput x: f32[batch, 4, 3]\ny = x[:, ::0]\n' },
  E0322: { title: 'more than one ellipsis', example: 'model demo\ninput x: f32[batch, 4, 3]\ny = x[..., 0, ...]\n' },
  E0401: { title: 'shape mismatch', example: header + 'a = Dense(3)(x)\ny = a + x\n' },
  E0402: { title: 'wrong rank', example: header + 'y = Conv2D(8, kernel=3)(x)\n' },
  E0403: { title: 'wrong dtype', example: header + 'y = Embedding(100, 8)(x)\n' },
  E0404: { title: 'invalid dimension', example: 'model demo\ninput x: f32[batch, -4]\n' },
  E0405: { title: 'wrong number of inputs', example: header + 'y = Dense(3)(x, x)\n' },
  E0407: { title: 'unknown dimension size', example: 'model demo\ndim seq\ninput x: f32[batch, seq, 4]\ntarget t: f32[batch, seq, 3]\ny = Dense(3)(x)\nloss mse(y, t)\noptimizer adam()\n' },
  E0408: { title: 'tensor too large for the target', example: header + 'y = Dense(99999999999)(x)\n' },
  E0409: { title: 'spec too large to compile', example: header + 'block B()(h) {\n  a = Dense(4)(h)\n  b = Dense(4)(a)\n  return b + h\n}\nz = repeat(1000) B()(x)\ny = repeat(1000) B()(z)\nw = repeat(1000) B()(y)\nv = repeat(1000) B()(w)\n' },
  E0415: { title: 'index out of range', example: 'model demo\ninput x: f32[batch, 4, 3]\ny = x[:, 4]\n' },
  E0416: { title: 'too many indices', example: 'model demo\ninput x: f32[batch, 4]\ny = x[:, 0, 1]\n' },
  E0417: { title: 'indexing the batch or a symbolic axis', example: 'model demo\ninput x: f32[batch, 4]\ny = x[0]\n' },
  E0501: { title: 'invalid constant expression', example: header + 'const c = 1 / 0\n' },
  E0502: { title: 'number out of range for the target', example: header + 'target t: f32[batch, 3]\ny = Dense(3)(x)\nloss mse(y, t)\noptimizer adam(lr=1e39)\n' },
  E0601: { title: 'loss does not fit the output or target', example: header + 'target t: i32[batch]\ny = Dense(3)(x)\nloss mse(y, t)\noptimizer adam()\n' },
  E0602: { title: 'missing loss', example: header + 'output y = Dense(3)(x)\noptimizer adam()\n' },
  E0603: { title: 'missing optimizer', example: header + 'target t: f32[batch, 3]\ny = Dense(3)(x)\nloss mse(y, t)\n' },
  E0604: { title: 'section declared twice', example: header + 'target t: f32[batch, 3]\ny = Dense(3)(x)\nloss mse(y, t)\nloss mae(y, t)\noptimizer adam()\n' },
  E0605: {
    title: 'memory plan too large for the device',
    example: 'model demo\ninput x: f32[batch, 4000]\ntarget t: f32[batch, 4000]\nh = Dense(5000)(x)\ny = Dense(4000)(h)\nloss mse(y, t)\noptimizer sgd()\ntrain batch_size=1\n',
  },
  E0701: { title: 'nothing to export', example: header },
  E0702: { title: 'construct without an ONNX translation', example: header + 'output y = GroupNorm(2)(x)\n' },
  W0701: { title: 'unused tensor', example: header + 'target t: f32[batch, 3]\nunused = Dense(5)(x)\ny = Dense(3)(x)\nloss mse(y, t)\noptimizer adam()\n' },
  W0702: { title: 'unused input', example: header + 'input extra: f32[batch, 2]\ntarget t: f32[batch, 3]\ny = Dense(3)(x)\nloss mse(y, t)\noptimizer adam()\n' },
  W0703: { title: 'unused block', example: header + 'target t: f32[batch, 3]\nblock B()(u) { return u }\ny = Dense(3)(x)\nloss mse(y, t)\noptimizer adam()\n' },
  E0711: { title: 'name clashes with torch.nn.Module in the PyTorch export', example: header + 'target t: f32[batch, 3]\noutput forward = Dense(3)(x)\nloss mse(forward, t)\noptimizer adam()\n' },
  E0712: { title: 'the PyTorch export needs a loss and an optimizer', example: header + 'output y = Dense(3)(x)\n' },
  E0713: { title: 'not reproducible exactly in the PyTorch export', example: 'model demo\ninput x: i32[batch, 4]\ntarget t: f32[batch, 3]\nh = x / 2\ne = Embedding(10, 8)(h)\ny = Dense(3)(mean(e, axis=1))\nloss mse(y, t)\noptimizer adam()\n' },
  E0999: { title: 'internal compiler error', example: '' },
} satisfies Record<string, CodeInfo>;

/** A diagnostic code such as `E0401`. */
export type Code = keyof typeof codes;
