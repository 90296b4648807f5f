// The fixed part of mdlc_layers.py (Python text): activations, elementwise helpers, TF-style padding and mdlc's row order (Threefry-2x32 shuffle).
// The layer classes that follow it come from the layer table (../layers.ts), the optimizers from ./optim-py.ts.

/** Python source: imports, activations by mdlc's definitions, helpers the generated forward code calls, and the epoch order of mdlc's fit. */
export const supportPy = String.raw`"""mdlc's layers, activations and optimizers in PyTorch (torch 1.13 API): channels-last tensors and parameters in
mdlc's own layout and names, so a state_dict maps onto an mdlc checkpoint name for name. Written by mdlc export --pytorch."""
import math

import torch
import torch.nn.functional as F
from torch import nn

# mdlc's stand-in for -infinity (attention masks, max-pool padding): finite, as in its kernels.
NEG_LARGE = -3.0e38
SELU_ALPHA = 1.6732632423543772
SELU_SCALE = 1.0507009873554805


def leaky_relu(x, slope=0.2):
    return torch.where(x < 0, x * slope, x)


def elu(x, alpha=1.0):
    # exp reads min(x, 0), as mdlc does, so a large x cannot overflow the unused branch.
    return torch.where(x > 0, x, (torch.exp(torch.clamp(x, max=0.0)) - 1.0) * alpha)


def selu(x):
    return elu(x, SELU_ALPHA) * SELU_SCALE


def softplus(x):
    a = torch.abs(x)
    return torch.log(1.0 + torch.exp(-a)) + (x + a) * 0.5


def hard_sigmoid(x):
    return torch.clamp(x / 6.0 + 0.5, 0.0, 1.0)


ACTIVATIONS = {
    None: lambda x: x,
    'relu': torch.relu,
    'sigmoid': torch.sigmoid,
    'tanh': torch.tanh,
    'gelu': F.gelu,  # exact (erf), as Keras' default and mdlc's
    'silu': lambda x: x * torch.sigmoid(x),
    'swish': lambda x: x * torch.sigmoid(x),
    'softmax': lambda x: torch.softmax(x, dim=-1),
    'leaky_relu': leaky_relu,
    'elu': elu,
    'selu': selu,
    'softplus': softplus,
    'hard_sigmoid': hard_sigmoid,
}


def activate(x, kind):
    return ACTIVATIONS[kind](x)


def _tensor(v, like):
    return v if torch.is_tensor(v) else torch.as_tensor(v, dtype=like.dtype, device=like.device)


def where(cond, a, b):
    like = cond if torch.is_tensor(cond) else a
    return torch.where(_tensor(cond, like) != 0, _tensor(a, like).float(), _tensor(b, like).float())


def maximum(a, b):
    return torch.maximum(_tensor(a, b if torch.is_tensor(b) else a), _tensor(b, a if torch.is_tensor(a) else b))


def minimum(a, b):
    return torch.minimum(_tensor(a, b if torch.is_tensor(b) else a), _tensor(b, a if torch.is_tensor(a) else b))


def power(x, p):
    if not torch.is_tensor(p) and float(p).is_integer():
        return torch.pow(x, int(p))
    return torch.exp(p * torch.log(x))


def remainder(a, b):
    # Python's modulo in f32, as mdlc: a - floor(a / b) * b
    fa, fb = _tensor(a, b if torch.is_tensor(b) else a).float(), _tensor(b, a if torch.is_tensor(a) else b).float()
    return fa - torch.floor(fa / fb) * fb


def compare(result):
    return result.float()


def same_pads(size, kernel, stride, dilation, out):
    """TensorFlow's 'same' padding along one axis: (before, after), the extra pixel after."""
    span = (kernel - 1) * dilation + 1
    total = max((out - 1) * stride + span - size, 0)
    return total // 2, total - total // 2


def pad_hw(x, pads_h, pads_w, value=0.0):
    """Pads an NCHW tensor's height and width by (before, after) pairs."""
    if pads_h == (0, 0) and pads_w == (0, 0):
        return x
    return F.pad(x, (pads_w[0], pads_w[1], pads_h[0], pads_h[1]), value=value)


_ROTATIONS = (13, 15, 26, 6, 17, 29, 16, 24)
_M32 = 0xFFFFFFFF


def threefry2x32(k0, k1, c0, c1):
    """Threefry-2x32-20 of counters (tensors of int64 holding 32-bit words) under key (k0, k1), as mdlc's runtime/random.ts."""
    ks = (k0 & _M32, k1 & _M32, (0x1BD11BDA ^ k0 ^ k1) & _M32)
    x0 = (c0 + ks[0]) & _M32
    x1 = (c1 + ks[1]) & _M32
    for r in range(20):
        x0 = (x0 + x1) & _M32
        rot = _ROTATIONS[r % 8]
        x1 = ((x1 << rot) | (x1 >> (32 - rot))) & _M32
        x1 = x1 ^ x0
        if r % 4 == 3:
            i = (r + 1) // 4
            x0 = (x0 + ks[i % 3]) & _M32
            x1 = (x1 + ks[(i + 1) % 3] + i) & _M32
    return x0, x1


def _permutation(size, k0, k1, stream):
    # Fisher-Yates where swap i draws from counter (i, stream): the draws do not depend on the swaps, so all at once.
    p = list(range(size))
    if size < 2:
        return p
    i = torch.arange(size, dtype=torch.int64)
    w0, w1 = threefry2x32(k0, k1, i, torch.full_like(i, stream))
    u = (w0.double() * 2.0 ** 21 + (w1 >> 11).double()) / 2.0 ** 53
    j = torch.floor(u * (i + 1).double()).long().tolist()
    for k in range(size - 1, 0, -1):
        t = p[k]
        p[k] = p[j[k]]
        p[j[k]] = t
    return p


def shuffled_order(size, seed, epoch):
    """The rows of one epoch in mdlc's order (runtime/data/dataset.ts shuffledOrder): the same permutation as mdlc train."""
    return _permutation(size, seed, epoch, 0)
`;
