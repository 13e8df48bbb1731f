#!/usr/bin/env python3
"""gpu_model.py - a per-row GPU cost model from the kernels' own compiled code.

For every activation, direction (fwd, bwd from x, bwd from y where the row has it) and
storage type (f32, f16, bf16), the program the library builds for a GPU (sources and
build options printed by clact_gpu_programs, which runs the library's own code against a
simulated GPU) is compiled with clang + libclc to NVIDIA PTX (sm_90) and AMD GCN (gfx940),
with bench/gpu-model/dense_loops.cl appended: kernels made of elementwise.cl's own dense
loop macros, beta == 0. The loop body's instructions are counted, per element, and split
into FP arithmetic, integer/logic, conversion, memory and special-function/division.

A device's budget is the instructions per element it can issue while its memory moves the
elements at copy speed: issue rate / (copy bandwidth / bytes per element). The predicted
ratio of copy speed is min(1, budget / instructions). This is a model, with blind spots
(docs/PERFORMANCE.md): ptxas optimizes PTX further, special-function units and integer
pipes are slower than the FP32 issue rate, latency and dual issue are ignored.

--check TABLE fails (exit 1) when a row's predicted H200 ratio is more than 0.05 below the
committed table's, so a slower formula cannot land unnoticed; faster rows always pass.
"""
import argparse
import concurrent.futures
import csv
import hashlib
import os
import re
import shlex
import subprocess
import sys

sys.dont_write_bytecode = True  # the test runs from the source tree: write nothing there
from asm_loops import (CATEGORIES, GCN_SYNTAX, PTX_SYNTAX, count, dense_loop,
                       same_as_library)

HERE = os.path.dirname(os.path.abspath(__file__))
DROP_TOLERANCE = 0.05
DTYPE_BYTES = {"f32": 4, "f16": 2, "bf16": 2}
# Bytes moved per element with beta == 0: forward reads x and writes y; backward reads
# x (or y) and dy and writes dx.
TENSORS = {"fwd": 2, "bwd": 3, "bwdy": 3}
KERNELS = {"fwd": "clact_model_fwd", "bwd": "clact_model_bwd", "bwdy": "clact_model_bwdy"}

# Lane-instructions per second (units x lanes x clock) and bytes per second of memory.
# Only H200's bandwidth is a measurement (an OpenCL float4 copy, issue #17); the others
# are data-sheet peaks, which a copy does not reach, so their budgets are pessimistic
# (the faster the memory, the fewer instructions fit per element).
DEVICES = [
    # name, target, units, lanes per unit, clock GHz, bandwidth TB/s, source
    ("h200", "ptx", 132, 128, 1.98, 4.25,
     "132 SMs x 128 FP32 lanes x 1.98 GHz (NVIDIA H200/Hopper data); 4.25 TB/s measured "
     "OpenCL float4 copy (data sheet: 4.8 TB/s)"),
    ("h100", "ptx", 132, 128, 1.98, 3.35,
     "H100 SXM5: 132 SMs x 128 FP32 lanes x 1.98 GHz, 3.35 TB/s (NVIDIA H100 data sheet)"),
    ("a100", "ptx", 108, 64, 1.41, 2.039,
     "A100 SXM4 80GB: 108 SMs x 64 FP32 lanes x 1.41 GHz, 2.039 TB/s (NVIDIA A100 data "
     "sheet and Ampere whitepaper)"),
    ("mi300x", "gcn", 304, 64, 2.1, 5.3,
     "MI300X: 304 CUs x 64 lanes x 2.1 GHz, 5.3 TB/s (AMD Instinct MI300X data sheet)"),
]

TARGETS = {
    # target: (clang -cc1 triple and CPU, libclc bitcode, what it stands for)
    "ptx": ("nvptx64-unknown-nvidiacl", "sm_90", "nvptx64--nvidiacl.bc"),
    # LLVM 16 knows gfx940 (CDNA3, MI300's ISA family), not yet gfx942 (MI300X itself).
    "gcn": ("amdgcn-unknown-amdhsa", "gfx940", "amdgcn--amdhsa.bc"),
}

# ---- compiling ------------------------------------------------------------------------
def compile_program(clang, libclc, work, source_path, source_hash, options, target):
    """Assembly for one program on one target, cached under work/ by a hash of the
    sources, options, target and compiler."""
    triple, cpu, bitcode = TARGETS[target]
    cmd = [clang, "-cc1", "-triple", triple, "-target-cpu", cpu, "-O3",
           "-finclude-default-header", "-mlink-builtin-bitcode", os.path.join(libclc, bitcode),
           "-Wno-linker-warnings"] + shlex.split(options) + ["-S", "-o"]
    key = hashlib.sha256((source_hash + "\0" + "\0".join(cmd)).encode()).hexdigest()[:24]
    out = os.path.join(work, "%s.%s.s" % (key, target))
    if not os.path.exists(out):
        tmp = out + ".tmp%d" % os.getpid()
        done = subprocess.run(cmd + [tmp, source_path], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError("%s failed:\n%s" % (" ".join(cmd), done.stderr))
        os.replace(tmp, out)
    with open(out) as f:
        return f.read()


def library_programs(programs_exe, work):
    """The library's GPU programs: (activation, dtype, options, source path, source hash),
    each activation's own sources (its family's files) with dense_loops.cl appended."""
    prefix = os.path.join(work, "clact-gpu")
    done = subprocess.run([programs_exe, prefix], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("%s failed:\n%s" % (programs_exe, done.stderr))
    with open(os.path.join(HERE, "dense_loops.cl")) as f:
        dense = f.read()
    models = {}
    rows = []
    for line in done.stdout.splitlines():
        name, dtype, options = line.split(" ", 2)
        if "-DCLACT_CONTIGUOUS" in options.split():
            raise RuntimeError("the simulated GPU got the CPU walk: %s" % options)
        if name not in models:
            with open("%s.%s.cl" % (prefix, name)) as f:
                text = f.read() + "\n" + dense
            model = os.path.join(work, "clact-gpu-model.%s.cl" % name)
            with open(model, "w") as f:
                f.write(text)
            models[name] = (model, hashlib.sha256(text.encode()).hexdigest())
        rows.append((name, dtype, options) + models[name])
    return rows


def vector_width(options):
    m = re.search(r"-DVW=(\d+)", options)
    return int(m.group(1))


def model(args):
    os.makedirs(args.work, exist_ok=True)
    rows = library_programs(args.programs, args.work)
    if args.only:  # identity stays: the storage column is taken from its rows
        rows = [r for r in rows if r[0] in args.only + ["identity"]]
    jobs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for name, dtype, options, source, source_hash in rows:
            for target in args.targets:
                jobs[(name, dtype, target)] = pool.submit(
                    compile_program, args.clang, args.libclc, args.work, source, source_hash,
                    options, target)
    results = []
    for name, dtype, options, _, _ in rows:
        vw = vector_width(options)
        directions = ["fwd", "bwd"] + (["bwdy"] if "-DCLACT_HAS_BWDY" in options.split() else [])
        asm = {t: jobs[(name, dtype, t)].result() for t in args.targets}
        for d in directions:
            row = {"activation": name, "dtype": dtype, "direction": d, "vw": vw}
            for target, syntax, extra in (("ptx", PTX_SYNTAX, "move"),
                                          ("gcn", GCN_SYNTAX, "scalar")):
                if target not in args.targets:
                    continue
                counts = count(dense_loop(asm[target], KERNELS[d], syntax), syntax["classify"])
                row["%s_same_as_library" % target] = int(same_as_library(
                    asm[target], KERNELS[d], KERNELS[d].replace("_model", ""), syntax))
                for c in CATEGORIES + [extra]:
                    row["%s_%s" % (target, c)] = counts.get(c, 0) / vw
                row["%s_per_elem" % target] = sum(counts.get(c, 0) for c in CATEGORIES) / vw
            bytes_per_elem = TENSORS[d] * DTYPE_BYTES[dtype]
            for dev, target, units, lanes, ghz, tbs, _ in DEVICES:
                if target not in args.targets:
                    continue
                budget = units * lanes * ghz * 1e9 * bytes_per_elem / (tbs * 1e12)
                row["budget_" + dev] = budget
                row["ratio_" + dev] = min(1.0, budget / row["%s_per_elem" % target])
            results.append(row)
    storage_share(results)
    return results


def storage_share(results):
    """ptx_storage: what the storage type's loads, stores and their conversions cost per
    element, taken as identity's row in that dtype and direction minus identity's f32 row
    (identity's arithmetic, alpha's product, and the loop are the same in both): the
    part of a 16-bit row that conversions, not the formula, account for (0 for f32)."""
    ident = {(r["dtype"], r["direction"]): r["ptx_per_elem"] for r in results
             if r["activation"] == "identity" and "ptx_per_elem" in r}
    for r in results:
        key = (r["dtype"], r["direction"])
        if "ptx_per_elem" in r and key in ident and ("f32", r["direction"]) in ident:
            r["ptx_storage"] = ident[key] - ident[("f32", r["direction"])]


# ---- output ---------------------------------------------------------------------------
COLUMNS = (["activation", "dtype", "direction", "vw", "ptx_per_elem"] +
           ["ptx_" + c for c in CATEGORIES + ["move", "same_as_library", "storage"]] +
           ["gcn_per_elem"] +
           ["gcn_" + c for c in CATEGORIES + ["scalar", "same_as_library"]] +
           ["budget_" + d[0] for d in DEVICES] + ["ratio_" + d[0] for d in DEVICES])


def formatted(row):
    return {k: ("%.3f" % v if k.startswith("ratio_") else "%.2f" % v)
            if isinstance(v, float) else str(v) for k, v in row.items()}


def write_csv(results, out):
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", restval="")
    w.writeheader()
    for row in results:
        w.writerow(formatted(row))


def write_table(results, out):
    head = ("%-12s %-5s %-4s %6s %5s %5s %5s %5s %5s %5s | %6s | %6s %6s %6s %6s" %
            ("activation", "dtype", "dir", "ptx/el", "fp", "int", "cvt", "mem", "sfu",
             "stor", "gcn/el", "H200", "H100", "A100", "MI300X"))
    out.write(head + "\n" + "-" * len(head) + "\n")
    for r in results:
        r = {**dict.fromkeys(COLUMNS[4:], float("nan")), **r}
        out.write("%-12s %-5s %-4s %6.1f %5.1f %5.1f %5.1f %5.1f %5.1f %5.1f | %6.1f | %6.2f "
                  "%6.2f %6.2f %6.2f\n" % (
                      r["activation"], r["dtype"], r["direction"], r["ptx_per_elem"],
                      r["ptx_fp"], r["ptx_int"], r["ptx_cvt"], r["ptx_mem"], r["ptx_sfu"],
                      r["ptx_storage"], r["gcn_per_elem"], r["ratio_h200"], r["ratio_h100"], r["ratio_a100"],
                      r["ratio_mi300x"]))
    out.write("\nbudgets (instructions per element at copy speed, fwd / bwd):\n")
    for dev, target, units, lanes, ghz, tbs, source in DEVICES:
        b = [units * lanes * ghz * 1e9 * TENSORS[d] * s / (tbs * 1e12)
             for s in (4, 2) for d in ("fwd", "bwd")]
        out.write("  %-7s f32 %5.1f / %5.1f, 16-bit %5.1f / %5.1f  (%s: %s)\n" %
                  (dev, b[0], b[1], b[2], b[3], target, source))


def check(results, table):
    """Rows whose predicted H200 ratio is more than DROP_TOLERANCE below the table's."""
    with open(table) as f:
        committed = {(r["activation"], r["dtype"], r["direction"]): float(r["ratio_h200"])
                     for r in csv.DictReader(f)}
    now = {(r["activation"], r["dtype"], r["direction"]): r["ratio_h200"] for r in results}
    drops = []
    for key, old in sorted(committed.items()):
        if key not in now:
            print("note: %s %s %s is in %s but no longer modelled" % (key + (table,)))
        elif now[key] < old - DROP_TOLERANCE - 1e-9:
            drops.append("%s %s %s: predicted H200 ratio %.3f, committed %.3f" %
                         (key + (now[key], old)))
    for key in sorted(set(now) - set(committed)):
        print("note: %s %s %s is new (not in the committed table)" % key)
    return drops


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--programs", required=True, help="the clact_gpu_programs executable")
    p.add_argument("--clang", default="clang-16")
    p.add_argument("--libclc", default="/usr/lib/clc", help="libclc bitcode directory")
    p.add_argument("--work", default="build/gpu-model", help="sources and compile cache")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--targets", default="ptx,gcn", type=lambda t: t.split(","),
                   help="ptx, gcn or both (the check needs only ptx)")
    p.add_argument("--csv", action="store_true", help="print CSV instead of the table")
    p.add_argument("--check", metavar="TABLE", help="fail on a drop below this CSV")
    p.add_argument("--only", metavar="NAMES", type=lambda t: t.split(","),
                   help="these activations only (comma-separated; identity is kept), e.g. "
                   "swish: one row's PTX in seconds (with --check, the other rows are noted "
                   "as no longer modelled)")
    args = p.parse_args()
    if not set(args.targets) <= set(TARGETS) or "ptx" not in args.targets and args.check:
        p.error("--targets: ptx and/or gcn (--check needs ptx)")
    results = model(args)
    for target in args.targets:
        differ = ["%s %s %s" % (r["activation"], r["dtype"], r["direction"])
                  for r in results if not r["%s_same_as_library" % target]]
        if differ:
            sys.stderr.write("warning: %s: %d rows' model loop is not instruction for instruction "
                             "one of the library kernel's loops: %s\n" %
                             (target, len(differ), ", ".join(differ)))
    if args.csv:
        write_csv(results, sys.stdout)
    else:
        write_table(results, sys.stdout)
    if args.check:
        drops = check(results, args.check)
        for d in drops:
            print("DROP: " + d)
        print("%d rows checked against %s (tolerance %.2f): %s" %
              (len(results), args.check, DROP_TOLERANCE, "FAIL" if drops else "ok"))
        return 1 if drops else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
