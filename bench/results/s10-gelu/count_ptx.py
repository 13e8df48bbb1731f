#!/usr/bin/env python3
"""count_ptx.py WORKDIR [ROWS]: PTX instructions per element of the f32 rows ROWS (default
gelu,gelu_tanh), compiled and counted exactly as bench/gpu-model/gpu_model.py does (its own
functions), without the other rows' compiles. Run from the worktree root after a build."""
import sys, os, subprocess
sys.path.insert(0, os.path.join(os.getcwd(), "bench/gpu-model"))
sys.dont_write_bytecode = True
import gpu_model as G
from asm_loops import *
wt = os.environ.get("WT", os.getcwd())
work = sys.argv[1]
os.makedirs(work, exist_ok=True)
want = sys.argv[2].split(",") if len(sys.argv) > 2 else ["gelu", "gelu_tanh"]
rows = G.library_programs(wt + "/build/bench/gpu-model/clact_gpu_programs", work)
for name, dtype, options, src, h in rows:
    if name not in want or dtype != "f32":
        continue
    asm = G.compile_program("clang-16", "/usr/lib/clc", work, src, h, options, "ptx")
    open(os.path.join(work, "%s.%s.ptx" % (name, dtype)), "w").write(asm)
    vw = G.vector_width(options)
    for d in ["fwd", "bwd"]:
        c = count(dense_loop(asm, G.KERNELS[d], PTX_SYNTAX), PTX_SYNTAX["classify"])
        tot = sum(c.get(k, 0) for k in CATEGORIES) / vw
        print(name, dtype, d, "%.2f" % tot, {k: c.get(k, 0) / vw for k in CATEGORIES + ["move"]})
