// mdlc_checkpoint.py (Python text): safetensors files and mdlc's checkpoints (runtime/checkpoint.ts: param/ and state/ tensors,
// format and version metadata, CRC-32 checksums of every tensor and of the header) read and written with struct, json and zlib.

/** Python source of mdlc_checkpoint.py. */
export const checkpointPy = String.raw`"""Reads and writes mdlc's safetensors checkpoints from PyTorch, checksums included, with the standard library (struct, json, zlib, ctypes) and torch only.

A checkpoint holds F32 tensors 'param/<path>' (weights) and 'state/<path>' (optimizer slots '<param>.<slot>', the step
counter 'optimizer.step', epoch sums, layer variables such as BatchNorm's moving statistics) and string metadata (format,
version, spec, specHash, programHash, model, epoch, step, seed, checksums). PyTorch names write mdlc's 'name[i]' as 'name.i'.
Written by mdlc export --pytorch."""
import ctypes
import json
import os
import re
import struct
import sys
import zlib

import torch

FORMAT = 'mdlc-checkpoint'
VERSION = '1'
CHECKSUMS = 'checksums'
_DTYPES = {'F32': (torch.float32, 4), 'I32': (torch.int32, 4)}
_NAMES = {torch.float32: 'F32', torch.int32: 'I32'}


class CheckpointError(Exception):
    """A file that is not an mdlc checkpoint, or one that is corrupt; the message names the file and the problem."""


def torch_name(path):
    """mdlc's path -> the PyTorch state_dict name: blocks[0].a.query.kernel -> blocks.0.a.query.kernel."""
    return re.sub(r'\[(\d+)\]', r'.\1', path)


def mdlc_path(name):
    """The PyTorch state_dict name -> mdlc's path (mdlc's own names never start with a digit)."""
    return re.sub(r'\.(\d+)(?=\.|$)', r'[\1]', name)


def read_safetensors(path):
    """(tensors by name, in file order, and the string metadata) of a safetensors file of F32/I32 tensors."""
    with open(path, 'rb') as f:
        data = f.read()
    if len(data) < 8:
        raise CheckpointError(f'{path} is {len(data)} bytes long: too short for a safetensors file')
    (n,) = struct.unpack('<Q', data[:8])
    if n < 2 or 8 + n > len(data):
        raise CheckpointError(f'{path}: header length {n} does not fit the file of {len(data)} bytes: it is truncated or not safetensors')
    header = json.loads(data[8 : 8 + n].decode('utf-8'))
    metadata = header.pop('__metadata__', {})
    tensors, spans = {}, {}
    for name, entry in header.items():
        if entry['dtype'] not in _DTYPES:
            raise CheckpointError(f'{path}: tensor {name!r} is {entry["dtype"]}; only F32 and I32 are read')
        dtype, size = _DTYPES[entry['dtype']]
        begin, end = entry['data_offsets']
        raw = data[8 + n + begin : 8 + n + end]
        count = 1
        for d in entry['shape']:
            count *= d
        if len(raw) != count * size:
            raise CheckpointError(f'{path}: tensor {name!r} of shape {entry["shape"]} needs {count * size} bytes, has {len(raw)}')
        t = torch.frombuffer(bytearray(raw), dtype=dtype) if raw else torch.zeros(0, dtype=dtype)
        tensors[name] = t.reshape(entry['shape']).clone()
        spans[name] = (entry['dtype'], list(entry['shape']), raw)
    return tensors, metadata, spans


def _bytes(t):
    # The tensor's memory as it lies (no NumPy needed): little-endian, as the format says, on every host torch runs on.
    assert sys.byteorder == 'little', 'safetensors files are little-endian; this host is not'
    t = t.detach().to('cpu').contiguous()
    return ctypes.string_at(t.data_ptr(), t.numel() * t.element_size()) if t.numel() else b''


def write_safetensors(path, tensors, metadata=None):
    """Writes tensors (in the order given) and string metadata as a safetensors file, atomically (a temporary file, then a rename)."""
    header = {}
    if metadata is not None:
        header['__metadata__'] = metadata
    blobs, offset = [], 0
    for name, t in tensors.items():
        if t.dtype not in _NAMES:
            raise CheckpointError(f'tensor {name!r} is {t.dtype}; safetensors files here hold float32 and int32')
        raw = _bytes(t)
        header[name] = {'dtype': _NAMES[t.dtype], 'shape': list(t.shape), 'data_offsets': [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
    text += b' ' * (-len(text) % 8)
    tmp = f'{path}.tmp-{os.getpid()}'
    with open(tmp, 'wb') as f:
        f.write(struct.pack('<Q', len(text)))
        f.write(text)
        for raw in blobs:
            f.write(raw)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _crc(raw):
    return format(zlib.crc32(raw) & 0xFFFFFFFF, '08x')


def _header_checksum(metadata, entries):
    # As runtime/checkpoint.ts: JSON of [sorted metadata pairs but checksums, tensors sorted by name as [name, dtype, shape, crc]].
    meta = [[k, metadata[k]] for k in sorted(metadata) if k != CHECKSUMS]
    rows = sorted(entries, key=lambda e: e[0])
    return _crc(json.dumps([meta, rows], separators=(',', ':'), ensure_ascii=False).encode('utf-8'))


class Checkpoint:
    """An mdlc checkpoint: params and state (float32 tensors by mdlc path) and meta (spec, specHash, programHash, model, epoch, step, seed, ...)."""

    def __init__(self, params, state, meta):
        self.params, self.state, self.meta = params, state, meta


def load_checkpoint(path):
    """Reads and checks an mdlc checkpoint (format, version, every checksum), as mdlc does before it loads one."""
    tensors, metadata, spans = read_safetensors(path)
    if metadata.get('format') != FORMAT:
        raise CheckpointError(f'{path} is not an mdlc checkpoint: its metadata has no format "{FORMAT}"')
    if metadata.get('version') != VERSION:
        raise CheckpointError(f'{path}: layout version {metadata.get("version")!r} is not supported (this reads version {VERSION})')
    if CHECKSUMS in metadata:
        sums = json.loads(metadata[CHECKSUMS])
        entries = [[name, d, s, sums['tensors'].get(name)] for name, (d, s, _) in spans.items()]
        if _header_checksum(metadata, entries) != sums['header']:
            raise CheckpointError(f'checkpoint {path} is corrupt: its header does not match its checksum')
        for name, (_, _, raw) in spans.items():
            if _crc(raw) != sums['tensors'].get(name):
                raise CheckpointError(f'checkpoint {path} is corrupt: tensor "{name}" does not match its checksum')
    params = {k[len('param/') :]: v for k, v in tensors.items() if k.startswith('param/')}
    state = {k[len('state/') :]: v for k, v in tensors.items() if k.startswith('state/')}
    meta = {k: v for k, v in metadata.items() if k not in ('format', 'version', CHECKSUMS)}
    for k in ('epoch', 'step', 'seed', 'stepInEpoch'):
        if k in meta:
            meta[k] = int(meta[k])
    if 'history' in meta:
        meta['history'] = json.loads(meta['history'])
    return Checkpoint(params, state, meta)


def save_checkpoint(path, ckpt):
    """Writes an mdlc checkpoint (params, then state; checksums as mdlc writes them) that mdlc eval, predict and train --resume read."""
    tensors = {f'param/{k}': v.detach().float().cpu() for k, v in ckpt.params.items()}
    tensors.update({f'state/{k}': v.detach().float().cpu() for k, v in ckpt.state.items()})
    metadata = {'format': FORMAT, 'version': VERSION}
    for k in ('spec', 'specHash', 'programHash', 'model'):
        metadata[k] = str(ckpt.meta[k])
    for k in ('epoch', 'step', 'seed'):
        metadata[k] = str(int(ckpt.meta[k]))
    if ckpt.meta.get('stepInEpoch'):
        metadata['stepInEpoch'] = str(int(ckpt.meta['stepInEpoch']))
    if 'history' in ckpt.meta:
        metadata['history'] = json.dumps(ckpt.meta['history'], separators=(',', ':'))
    crcs = {name: _crc(_bytes(t)) for name, t in tensors.items()}
    header = _header_checksum(metadata, [[name, 'F32', list(t.shape), crcs[name]] for name, t in tensors.items()])
    metadata[CHECKSUMS] = json.dumps({'algorithm': 'crc32', 'header': header, 'tensors': crcs}, separators=(',', ':'))
    write_safetensors(path, tensors, metadata)


def load_into(model, ckpt, optimizer=None):
    """Copies a checkpoint's weights (and layer variables) into the model; with an optimizer, its slots and step too.
    Returns the step. Every tensor is checked against the model's before anything is written."""
    own = model.state_dict()
    wanted = {mdlc_path(n): n for n in own}
    problems = [f'"{p}" is missing' for p in wanted if p not in ckpt.params and p not in ckpt.state]
    problems += [f'"{p}" has shape {list(ckpt.params[p].shape)}, the model {list(own[wanted[p]].shape)}' for p in wanted if p in ckpt.params and ckpt.params[p].shape != own[wanted[p]].shape]
    problems += [f'"{p}" is not in the model' for p in ckpt.params if p not in wanted]
    if problems:
        raise CheckpointError('the checkpoint does not fit the model: ' + '; '.join(problems))
    with torch.no_grad():
        for p, n in wanted.items():
            own[n].copy_(ckpt.params[p] if p in ckpt.params else ckpt.state[p])
    step = int(ckpt.meta.get('step', 0))
    if optimizer is not None:
        named = {mdlc_path(n): p for n, p in model.named_parameters()}
        for group in optimizer.param_groups:
            for p in group['params']:
                path = next(k for k, v in named.items() if v is p)
                for slot in optimizer.active_slots(group):
                    key = f'{path}.{slot}'
                    if key in ckpt.state:
                        optimizer.state[p][slot] = ckpt.state[key].to(p.device).clone()
        optimizer.step_count = step
    return step


def checkpoint_of(model, optimizer, info, epoch, step, seed, history=None):
    """The model's mdlc checkpoint: every parameter and every state tensor the mdlc program has (info: export.json),
    optimizer slots and the step counter from the optimizer, layer variables from the buffers, epoch sums at 0."""
    own = {mdlc_path(n): t for n, t in model.state_dict().items()}
    params = {p['path']: own[p['path']] for p in info['params']}
    slots = {}
    named = {mdlc_path(n): p for n, p in model.named_parameters()}
    for path, p in named.items():
        for slot, value in optimizer.state.get(p, {}).items():
            if torch.is_tensor(value) and value.shape == p.shape:
                slots[f'{path}.{slot}'] = value
    state = {}
    for s in info['state']:
        path = s['path']
        if s.get('role') == 'variable':
            state[path] = own[path]
        elif path == 'optimizer.step':
            state[path] = torch.tensor(float(step))
        elif path in slots:
            state[path] = slots[path]
        else:
            state[path] = torch.full(s['shape'], float(s.get('value', 0.0)))
    meta = {k: info[k] for k in ('spec', 'specHash', 'programHash', 'model')}
    meta.update(epoch=epoch, step=step, seed=seed)
    if history is not None:
        meta['history'] = history
    return Checkpoint(params, state, meta)
`;
