#!/bin/bash
# hotloop.sh OP fwd|bwd DTYPE [OPTS]: the AVX-512 loop PoCL runs for one activation.
# perf records a one-thread ab_call run (n = 2^24, 10 calls) and annotates the kernel's
# work-group function; the loop printed is the innermost natural loop of that function's
# control-flow graph (blocks from objdump's jumps, dominators, a back edge's header and
# every block that reaches the edge without passing the header) that holds the hottest
# instruction. Its blocks need not be contiguous (LLVM places a side path past the latch,
# which jumps back: the first backward branch after the hottest instruction, this
# script's old rule, was then an inner block's). It prints the loop's instruction count in
# all its blocks and in the blocks with samples (the path this run took: a uniform branch
# inside the loop leaves the other side without samples; a rare block of the path may go
# unsampled too, so read the listing), and its share of the function's samples; the loop,
# block by block with each instruction's percent, is left in $WORK/loop.s.
# OPTS is CLACT_BUILD_OPTIONS for the program (an A/B switch), "" by default.
# Environment: BUILD (the build folder: libclact.so and tools/ab_call; default ./build),
# WORK (scratch; default /tmp/hotloop/OP-DIR-DTYPE); AB_P0, AB_P1 (ab_call's parameters).
set -e
op=$1 dir=$2 dt=$3 opts=${4:-}
[ -n "$dt" ] || { echo "usage: hotloop.sh OP fwd|bwd DTYPE [OPTS]" >&2; exit 2; }
build=$(realpath "${BUILD:-build}")
w=${WORK:-/tmp/hotloop/$op-$dir-$dt}
rm -rf "$w" && mkdir -p "$w"
export POCL_CACHE_DIR=$w/pc POCL_MAX_PTHREAD_COUNT=1 LD_LIBRARY_PATH=$build
"$build/tools/ab_call" "$op" "$dir" 4194304 1 1 "$dt" "$opts" > /dev/null # builds the program
perf record -q -o "$w/perf.data" "$build/tools/ab_call" "$op" "$dir" 16777216 1 10 "$dt" "$opts" \
  > /dev/null 2>&1
perf annotate -i "$w/perf.data" --stdio -s "_pocl_kernel_clact_${dir}_workgroup" 2> /dev/null \
  > "$w/ann.txt"
so=$(find "$w/pc" -name "*.so" -print0 | xargs -0 ls -S | head -1)
objdump -d --no-show-raw-insn "$so" > "$w/dis.s"
python3 - "$w/dis.s" "$w/ann.txt" "_pocl_kernel_clact_${dir}_workgroup" "$w/loop.s" <<'PY'
import re, sys
dis, ann, fn, out = sys.argv[1:5]
ins, cur = [], None  # the function's instructions: (address, text)
for l in open(dis):
    m = re.match(r'^([0-9a-f]+) <(.+)>:$', l)
    if m:
        cur = m.group(2)
        continue
    m = re.match(r'\s+([0-9a-f]+):\t(.*)$', l.rstrip('\n'))
    if m and cur == fn:
        ins.append((int(m.group(1), 16), m.group(2)))
pct = {}
for l in open(ann):
    m = re.match(r'\s+([0-9]+\.[0-9]+) :\s+([0-9a-f]+):', l)
    if m:
        pct[int(m.group(2), 16)] = float(m.group(1))
if not ins or not pct:
    sys.exit("hotloop.sh: no instructions or no samples for " + fn)
hot = max(pct, key=lambda a: pct[a])
idx = {a: i for i, a in enumerate(a for a, _ in ins)}

def branch(text):  # (is a jump, unconditional, target index or None)
    m = re.match(r'(j\w+)\s+([0-9a-f]+) <', text)
    if m:
        return True, m.group(1) == 'jmp', idx.get(int(m.group(2), 16))
    if re.match(r'(jmp\w*\s+\*|ret|ud2)', text):
        return True, True, None
    return False, False, None

# basic blocks: leaders are the entry, every jump target and every instruction after a jump
lead = {0}
for i, (_, t) in enumerate(ins):
    j, _, tgt = branch(t)
    if j:
        lead.add(i + 1)
        if tgt is not None:
            lead.add(tgt)
starts = sorted(s for s in lead if s < len(ins))
block_of, blocks = {}, []
for b, s in enumerate(starts):
    e = starts[b + 1] if b + 1 < len(starts) else len(ins)
    blocks.append((s, e))
    for i in range(s, e):
        block_of[i] = b
succ = [set() for _ in blocks]
for b, (s, e) in enumerate(blocks):
    j, unc, tgt = branch(ins[e - 1][1])
    if tgt is not None:
        succ[b].add(block_of[tgt])
    if not unc and e < len(ins):
        succ[b].add(block_of[e])
pred = [set() for _ in blocks]
for b in range(len(blocks)):
    for c in succ[b]:
        pred[c].add(b)
# dominators (iterative), then natural loops: a back edge u -> h (h dominates u) and every
# block that reaches u without passing h; loops of one header merged
reach, todo = {0}, [0]
while todo:
    for c in succ[todo.pop()]:
        if c not in reach:
            reach.add(c)
            todo.append(c)
dom = {b: set(reach) for b in reach}
dom[0] = {0}
changed = True
while changed:
    changed = False
    for b in sorted(reach - {0}):
        ps = [dom[p] for p in pred[b] if p in reach]
        nd = set.intersection(*ps) | {b} if ps else {b}
        if nd != dom[b]:
            dom[b], changed = nd, True
loops = {}
for u in reach:
    for h in succ[u]:
        if h in dom[u]:
            body, todo = loops.setdefault(h, {h}), [u]
            while todo:
                v = todo.pop()
                if v not in body:
                    body.add(v)
                    todo.extend(p for p in pred[v] if p in reach)
hb = block_of[idx[hot]]
around = [b for b in loops.values() if hb in b]
if not around:
    sys.exit("hotloop.sh: the hottest instruction %x is in no loop" % hot)
size = lambda body: sum(blocks[b][1] - blocks[b][0] for b in body)
body = min(around, key=size)  # the innermost loop around the hottest instruction
total = sum(pct.values())
lines, n_hit, share = [], 0, 0.0
for b in sorted(body):
    s, e = blocks[b]
    hit = any(pct.get(ins[i][0], 0) > 0 for i in range(s, e))
    n_hit += (e - s) if hit else 0
    share += sum(pct.get(ins[i][0], 0) for i in range(s, e))
    lines.append("# block %x-%x: %d instructions%s\n" % (ins[s][0], ins[e - 1][0], e - s,
                 "" if hit else " (no samples)"))
    lines += ["%6.2f %x:\t%s\n" % (pct.get(ins[i][0], 0), ins[i][0], ins[i][1])
              for i in range(s, e)]
open(out, 'w').write(''.join(lines))
print("loop at %x (hottest %x): %d instructions in %d blocks, %d in the blocks with samples; "
      "%.1f %% of the function's samples (%s)" % (ins[blocks[min(body)][0]][0], hot, size(body),
      len(body), n_hit, 100 * share / total if total else 0, out))
PY
