// train.py (Python text): the spec's training loop under torchrun with DistributedDataParallel (gloo on CPU, nccl on CUDA), on the
// data mdlc materialised, in mdlc's row order; checkpoints in mdlc's format, so mdlc eval, predict and train --resume read them.

/** Python source of train.py. */
export const trainPy = String.raw`"""Trains the exported model as mdlc train would: the spec's loss, optimizer, schedule, clipping, batch size, epochs,
seed and row order (mdlc's seeded shuffle), on the rows mdlc export --data wrote to data/. Runs alone or under
    torchrun --nproc_per_node=N train.py [--epochs N] [--out DIR] [--resume CKPT]
with DistributedDataParallel: each global batch of the spec's batch_size is split across the processes and the loss is
scaled so the averaged gradient is that of the whole batch, the same step as one process takes. Written by mdlc export --pytorch."""
import argparse
import json
import os
import sys
import time

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mdlc_checkpoint as C  # noqa: E402
import mdlc_layers as L  # noqa: E402
import model as M  # noqa: E402


def read_info():
    with open(os.path.join(HERE, 'export.json'), encoding='utf-8') as f:
        return json.load(f)


def read_split(name, device):
    path = os.path.join(HERE, 'data', f'{name}.safetensors')
    if not os.path.exists(path):
        return None
    tensors, _, _ = C.read_safetensors(path)
    return {k: v.to(device) for k, v in tensors.items()}


def rows_of(data):
    return next(iter(data.values())).shape[0]


def batch_loss(net, raw, batch, count, world):
    """The loss of this process's rows, scaled so that DDP's average over processes is the whole batch's mean loss
    (count rows in all): sum(per-row losses) * world / count, plus the spec's L2 term; with the unscaled sum and L2 term."""
    outputs = net(*[batch[k] for k in M.INPUTS])
    per_row = M.loss_per_row(outputs, batch)
    reg = M.regularization(raw)
    return per_row.sum() * (world / count) + reg, per_row.detach().sum(), float(reg)


def train_step(net, raw, optimizer, batch, count, step, world=1):
    """One optimizer step on this process's part of a global batch of 'count' rows; returns the batch's mean loss."""
    optimizer.zero_grad(set_to_none=True)
    loss, local_sum, reg = batch_loss(net, raw, batch, count, world)
    loss.backward()
    L.clip_by_global_norm(list(raw.parameters()), M.CLIP_NORM)
    for group in optimizer.param_groups:
        group['lr'] = M.SCHEDULE(step)
    optimizer.step()
    if world > 1:
        dist.all_reduce(local_sum)
    return float(local_sum) / count + reg


def take(data, index):
    return {k: v[index] for k, v in data.items()}


@torch.no_grad()
def evaluate(raw, data, batch_size):
    """Mean loss over the rows (and accuracy for a classification loss), in eval mode."""
    raw.eval()
    total, correct, counted, n = 0.0, 0.0, 0.0, rows_of(data)
    for start in range(0, n, batch_size):
        batch = take(data, torch.arange(start, min(start + batch_size, n), device=next(iter(data.values())).device))
        outputs = raw(*[batch[k] for k in M.INPUTS])
        total += float(M.loss_per_row(outputs, batch).sum())
        if M.accuracy_counts is not None:
            c, k = M.accuracy_counts(outputs, batch)
            correct, counted = correct + float(c), counted + k
    raw.train()
    result = {'loss': total / n}
    if counted:
        result['accuracy'] = correct / counted
    return result


def main(argv=None):
    info = read_info()
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--epochs', type=int, default=M.TRAIN['epochs'])
    p.add_argument('--batch-size', type=int, default=M.TRAIN['batch_size'], help='the global batch (all processes together)')
    p.add_argument('--out', default=os.path.join(HERE, 'runs'), help='where checkpoint.safetensors and metrics.jsonl go')
    p.add_argument('--resume', help='an mdlc checkpoint to continue from: weights, optimizer state, step and epoch')
    p.add_argument('--init', default=os.path.join(HERE, 'init.safetensors'), help='the first weights (default: mdlc\'s initial weights of the spec)')
    p.add_argument('--steps', type=int, help='stop after this many steps in all (the checkpoint records where)')
    p.add_argument('--no-shuffle', action='store_true', help='keep the rows in file order (the spec\'s shuffle otherwise)')
    p.add_argument('--log-steps', action='store_true', help='print each step\'s loss as a JSON line')
    args = p.parse_args(argv)

    world = int(os.environ.get('WORLD_SIZE', '1'))
    rank = int(os.environ.get('RANK', '0'))
    local_rank = int(os.environ.get('LOCAL_RANK', '0'))
    cuda = torch.cuda.is_available()
    device = torch.device(f'cuda:{local_rank}' if cuda else 'cpu')
    if world > 1:
        dist.init_process_group('nccl' if cuda else 'gloo', rank=rank, world_size=world)
    if cuda:
        torch.cuda.set_device(device)
    seed = M.TRAIN['seed']
    torch.manual_seed(seed + rank)  # dropout masks: PyTorch's own generator, one stream per process

    raw = M.Model().to(device)
    optimizer = M.make_optimizer(raw)
    epoch, step, skip, history = 0, 0, 0, []
    if args.resume:
        ckpt = C.load_checkpoint(args.resume)
        step = C.load_into(raw, ckpt, optimizer)
        epoch, skip = ckpt.meta['epoch'], ckpt.meta.get('stepInEpoch', 0)
        history = ckpt.meta.get('history', []) or []
    else:
        C.load_into(raw, C.load_checkpoint(args.init))
    net = DistributedDataParallel(raw, device_ids=[local_rank] if cuda else None) if world > 1 else raw
    train = read_split('train', device)
    if train is None:
        sys.exit(f'train.py: no data: {os.path.join(HERE, "data", "train.safetensors")} is missing; export with mdlc export --pytorch --data <config|name>')
    held_out = read_split('validation', device) or read_split('test', device)
    n, size = rows_of(train), args.batch_size
    shuffle = M.TRAIN['shuffle'] and not args.no_shuffle
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, 'checkpoint.safetensors')
    if rank == 0:
        print(f'training {info["model"]} on {n} rows: batch {size} over {world} process(es) ({"nccl" if cuda else "gloo" if world > 1 else device.type}), epochs {epoch + 1}..{args.epochs}', file=sys.stderr)
    stopped = halt = False
    while epoch < args.epochs and not halt:
        started = time.time()
        order = L.shuffled_order(n, seed, epoch) if shuffle else list(range(n))
        steps = (n + size - 1) // size
        total, count = 0.0, 0
        for s in range(skip, steps):
            rows = order[s * size : (s + 1) * size]
            mine = torch.tensor(rows[rank::world], dtype=torch.long, device=device)
            loss = train_step(net, raw, optimizer, take(train, mine), len(rows), step, world)
            step += 1
            total, count = total + loss * len(rows), count + len(rows)
            if args.log_steps and rank == 0:
                print(json.dumps({'step': step, 'loss': loss}), flush=True)
            if args.steps is not None and step >= args.steps:
                halt, stopped = True, s + 1 < steps
                skip = s + 1 if stopped else 0
                break
        else:
            skip = 0
        if not stopped:
            epoch += 1
        if rank == 0:
            record = {'epoch': epoch if not stopped else epoch + 1, 'loss': total / max(count, 1), 'seconds': time.time() - started, 'steps': step}
            if held_out is not None and not stopped:
                record.update({f'val_{k}': v for k, v in evaluate(raw, held_out, size).items()})
            if not stopped:  # as mdlc's history: finished epochs only
                history.append({'epoch': record['epoch'], 'loss': record['loss']})
            ck = C.checkpoint_of(raw, optimizer, info, epoch, step, seed, history)
            if stopped:
                ck.meta['stepInEpoch'] = skip
            C.save_checkpoint(ckpt_path, ck)
            with open(os.path.join(args.out, 'metrics.jsonl'), 'a', encoding='utf-8') as f:
                f.write(json.dumps(record) + '\n')
            print(json.dumps(record), file=sys.stderr, flush=True)
    if world > 1:
        dist.barrier()
        dist.destroy_process_group()
    if rank == 0:
        print(f'wrote {ckpt_path}', file=sys.stderr)


if __name__ == '__main__':
    main()
`;
