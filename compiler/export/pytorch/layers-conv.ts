// The convolution and pooling family of the PyTorch exporter's layer table (channels-last in and out, kernels in mdlc's layout,
// TensorFlow's 'same' padding made explicit), joined into layerExports by layers.ts.
import type { LayerKind } from '../../check/types.js';
import { activation, bool, dims, has, initArgs, type LayerExport, num, ints } from './layer-common.js';
import { py } from './python-text.js';

/** TensorFlow's 'same' padding along one axis (mdlc's windows: the extra pixel goes after), or none for 'valid'. */
function pads(padding: string, size: number, k: number, s: number, d: number, out: number): [number, number] {
  const span = (k - 1) * d + 1;
  if (padding === 'causal') return [span - 1, 0];
  if (padding !== 'same') return [0, 0];
  const total = Math.max((out - 1) * s + span - size, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

const conv2d = String.raw`
class Conv2D(nn.Module):
    """A 2-D convolution of channels-last images [B, H, W, C]; kernel [kh, kw, C, filters] as mdlc (and Keras) store it,
    permuted to PyTorch's [filters, C, kh, kw] in forward; 'same' padding as TensorFlow pads (the extra pixel after)."""

    def __init__(self, channels, filters, kernel, stride=(1, 1), dilation=(1, 1), pads=((0, 0), (0, 0)), use_bias=True, activation=None):
        super().__init__()
        self.kernel = nn.Parameter(torch.zeros(kernel[0], kernel[1], channels, filters))
        self.bias = nn.Parameter(torch.zeros(filters)) if use_bias else None
        self.stride, self.dilation, self.pads, self.activation = stride, dilation, pads, activation

    def forward(self, x):
        y = pad_hw(x.permute(0, 3, 1, 2), *self.pads)
        y = F.conv2d(y, self.kernel.permute(3, 2, 0, 1), self.bias, stride=self.stride, dilation=self.dilation)
        return activate(y.permute(0, 2, 3, 1), self.activation)
`;

function pool(kind: 'MaxPool2D' | 'AvgPool2D'): LayerExport {
  const body =
    kind === 'MaxPool2D'
      ? 'return F.max_pool2d(pad_hw(x, *self.pads, value=NEG_LARGE), self.pool, self.stride).permute(0, 2, 3, 1)'
      : `total = F.avg_pool2d(pad_hw(x, *self.pads), self.pool, self.stride)
        # Keras averages over the pixels inside the image only: count them by pooling ones.
        count = F.avg_pool2d(pad_hw(torch.ones_like(x[:1, :1]), *self.pads), self.pool, self.stride)
        return (total / count).permute(0, 2, 3, 1)`;
  return {
    python: String.raw`
class ${kind}(nn.Module):
    """${kind === 'MaxPool2D' ? 'Maximum' : 'Mean'} over windows of channels-last images [B, H, W, C]."""

    def __init__(self, pool, stride, pads=((0, 0), (0, 0))):
        super().__init__()
        self.pool, self.stride, self.pads = pool, stride, pads

    def forward(self, x):
        x = x.permute(0, 3, 1, 2)
        ${body}
`,
    args: ['pool', 'stride', 'padding'],
    construct(n, [x]) {
      const k = ints(n, 'pool');
      const s = ints(n, 'stride')[0] === 0 ? k : ints(n, 'stride');
      const [h, w] = dims(x);
      const [oh, ow] = dims(n.type);
      const p = [pads(n.args.padding as string, h, k[0], s[0], 1, oh), pads(n.args.padding as string, w, k[1], s[1], 1, ow)];
      return `${py(k, true)}, ${py(s, true)}, pads=${py(p, true)}`;
    },
  };
}

function globalPool(kind: 'GlobalAvgPool1D' | 'GlobalAvgPool2D' | 'GlobalMaxPool1D' | 'GlobalMaxPool2D'): LayerExport {
  const reduce = kind.startsWith('GlobalAvg') ? 'x.mean(dim=axes, keepdim=True)' : 'torch.amax(x, dim=axes, keepdim=True)';
  return {
    python: String.raw`
class ${kind}(nn.Module):
    """${kind.startsWith('GlobalAvg') ? 'Mean' : 'Maximum'} over every axis between the batch and the channels."""

    def __init__(self, keepdims=False):
        super().__init__()
        self.keepdims = keepdims

    def forward(self, x):
        axes = tuple(range(1, x.dim() - 1))
        y = ${reduce}
        return y if self.keepdims else y.reshape(x.shape[0], x.shape[-1])
`,
    args: ['keepdims'],
    construct: (n) => (bool(n, 'keepdims') ? 'keepdims=True' : ''),
  };
}

/** The convolution family's kinds. */
type ConvKind = Extract<LayerKind, 'Conv2D' | 'MaxPool2D' | 'AvgPool2D' | 'Conv1D' | 'Conv2DTranspose' | 'GlobalAvgPool1D' | 'GlobalAvgPool2D' | 'GlobalMaxPool1D' | 'GlobalMaxPool2D' | 'UpSampling2D'>;

/** The convolution and pooling layers' exports. */
export const convExports: Record<ConvKind, LayerExport> = {
  Conv2D: {
    python: conv2d,
    args: ['filters', 'kernel', 'stride', 'padding', 'activation', 'use_bias', 'dilation', ...initArgs],
    construct(n, [x]) {
      const [h, w, c] = dims(x);
      const [oh, ow] = dims(n.type);
      const [k, s, d] = [ints(n, 'kernel'), ints(n, 'stride'), ints(n, 'dilation')];
      const p = [pads(n.args.padding as string, h, k[0], s[0], d[0], oh), pads(n.args.padding as string, w, k[1], s[1], d[1], ow)];
      return `${c}, ${num(n, 'filters')}, ${py(k, true)}, stride=${py(s, true)}, dilation=${py(d, true)}, pads=${py(p, true)}${has(n, 'bias') ? '' : ', use_bias=False'}${activation(n)}`;
    },
  },
  MaxPool2D: pool('MaxPool2D'),
  AvgPool2D: pool('AvgPool2D'),
  Conv1D: {
    python: String.raw`
class Conv1D(nn.Module):
    """A 1-D convolution of channels-last sequences [B, L, C]; kernel [k, C, filters] as mdlc stores it; 'causal' pads before only."""

    def __init__(self, channels, filters, kernel, stride=1, dilation=1, pads=(0, 0), use_bias=True, activation=None):
        super().__init__()
        self.kernel = nn.Parameter(torch.zeros(kernel, channels, filters))
        self.bias = nn.Parameter(torch.zeros(filters)) if use_bias else None
        self.stride, self.dilation, self.pads, self.activation = stride, dilation, pads, activation

    def forward(self, x):
        y = F.pad(x.permute(0, 2, 1), self.pads)
        y = F.conv1d(y, self.kernel.permute(2, 1, 0), self.bias, stride=self.stride, dilation=self.dilation)
        return activate(y.permute(0, 2, 1), self.activation)
`,
    args: ['filters', 'kernel', 'stride', 'padding', 'activation', 'use_bias', 'dilation', ...initArgs],
    construct(n, [x]) {
      const [steps, c] = dims(x);
      const [out] = dims(n.type);
      const p = pads(n.args.padding as string, steps, num(n, 'kernel'), num(n, 'stride'), num(n, 'dilation'), out);
      return `${c}, ${num(n, 'filters')}, ${num(n, 'kernel')}, stride=${num(n, 'stride')}, dilation=${num(n, 'dilation')}, pads=${py(p, true)}${has(n, 'bias') ? '' : ', use_bias=False'}${activation(n)}`;
    },
  },
  Conv2DTranspose: {
    python: String.raw`
class Conv2DTranspose(nn.Module):
    """The adjoint of a convolution, channels-last; kernel [kh, kw, filters, C] as Keras stores it. The full transposed
    convolution is cropped (or zero-extended) to the output size from (top, left), as mdlc's col2im places its windows."""

    def __init__(self, channels, filters, kernel, stride, out, crop=(0, 0), use_bias=True, activation=None):
        super().__init__()
        self.kernel = nn.Parameter(torch.zeros(kernel[0], kernel[1], filters, channels))
        self.bias = nn.Parameter(torch.zeros(filters)) if use_bias else None
        self.stride, self.out, self.crop, self.activation = stride, out, crop, activation

    def forward(self, x):
        y = F.conv_transpose2d(x.permute(0, 3, 1, 2), self.kernel.permute(3, 2, 0, 1), stride=self.stride)
        (top, left), (oh, ow) = self.crop, self.out
        y = F.pad(y, (0, max(0, left + ow - y.shape[3]), 0, max(0, top + oh - y.shape[2])))[:, :, top : top + oh, left : left + ow]
        y = y.permute(0, 2, 3, 1)
        if self.bias is not None:
            y = y + self.bias
        return activate(y, self.activation)
`,
    args: ['filters', 'kernel', 'stride', 'padding', 'activation', 'use_bias', ...initArgs],
    construct(n, [x]) {
      const [h, w, c] = dims(x);
      const [oh, ow] = dims(n.type);
      const [k, s] = [ints(n, 'kernel'), ints(n, 'stride')];
      const same = n.args.padding === 'same';
      const crop = [same ? Math.floor(Math.max((h - 1) * s[0] + k[0] - oh, 0) / 2) : 0, same ? Math.floor(Math.max((w - 1) * s[1] + k[1] - ow, 0) / 2) : 0];
      return `${c}, ${num(n, 'filters')}, ${py(k, true)}, ${py(s, true)}, ${py([oh, ow], true)}, crop=${py(crop, true)}${has(n, 'bias') ? '' : ', use_bias=False'}${activation(n)}`;
    },
  },
  GlobalAvgPool1D: globalPool('GlobalAvgPool1D'),
  GlobalAvgPool2D: globalPool('GlobalAvgPool2D'),
  GlobalMaxPool1D: globalPool('GlobalMaxPool1D'),
  GlobalMaxPool2D: globalPool('GlobalMaxPool2D'),
  UpSampling2D: {
    python: String.raw`
class UpSampling2D(nn.Module):
    """Each pixel of a channels-last image repeated size[0] x size[1] times (nearest)."""

    def __init__(self, size=(2, 2)):
        super().__init__()
        self.size = tuple(size)

    def forward(self, x):
        return x.repeat_interleave(self.size[0], dim=1).repeat_interleave(self.size[1], dim=2)
`,
    args: ['size', 'interpolation'],
    construct: (n) => py(ints(n, 'size'), true),
  },
};
