"""asm_loops.py - the loops of a compiled kernel and what their instructions are.

Reads the assembly clang writes for NVIDIA PTX and AMD GCN: finds a kernel's loops from
LLVM's loop comments (every basic block the comments place in a loop, wherever it is laid
out) and sorts each instruction into fp, int, cvt, mem or sfu, plus what the hardware
does not execute as an instruction of its own (PTX moves, GCN scalar-unit work).
Used by gpu_model.py.
"""
import re

CATEGORIES = ["fp", "int", "cvt", "mem", "sfu"]


PTX_FP_OPS = {"add", "sub", "mul", "fma", "mad", "neg", "abs", "min", "max", "setp",
              "testp", "copysign", "set"}
PTX_SFU_OPS = {"ex2", "lg2", "rcp", "sqrt", "rsqrt", "sin", "cos", "tanh", "div", "rem"}
PTX_MEM_OPS = {"ld", "ldu", "st", "atom", "red", "prefetch", "cp"}
PTX_FLOAT_TYPES = {"f16", "f16x2", "bf16", "bf16x2", "f32", "f64"}


def classify_ptx(line):
    """The category of one PTX instruction, 'move' for a register rename that ptxas
    removes, None for anything that is not an instruction."""
    text = line.split("//")[0].strip()
    if not text or text.endswith(":") or text.startswith((".", "{", "}")):
        return None
    text = re.sub(r"^@!?%\w+\s+", "", text)
    op, _, operands = text.partition(" ")
    parts = op.split(".")
    base = parts[0]
    if base == "mov" and "{" not in operands:
        return "move"  # a register copy or constant: ptxas renames, folds or hoists it
    if base in PTX_MEM_OPS:
        return "mem"
    if base == "cvt":
        return "cvt"
    if base in PTX_SFU_OPS:
        return "sfu"  # includes div/rem of every type: ptxas expands them to sequences
    if base in PTX_FP_OPS and PTX_FLOAT_TYPES & set(parts[1:]):
        return "fp"
    return "int"  # integer and logic, selects, packing moves, branches


GCN_SFU = re.compile(r"^v_(exp|log|rcp|rsq|sqrt|sin|cos)_")
GCN_FP = re.compile(r"_(f16|f32|f64|bf16)(_|$)")


def classify_gcn(line):
    """The category of one GCN instruction; 'scalar' for the scalar unit (not a vector
    lane slot), None for labels, directives and comments."""
    text = line.split(";")[0].strip()
    if not text or text.endswith(":") or text.startswith("."):
        return None
    op = text.split()[0]
    if op.startswith(("global_", "buffer_", "flat_", "scratch_", "ds_")):
        return "mem"
    if op.startswith("s_"):
        return "scalar"
    if op.startswith("v_cvt_"):
        return "cvt"
    if GCN_SFU.match(op):
        return "sfu"
    if op.startswith(("v_", "v_pk_")) and GCN_FP.search(op):
        return "fp"
    return "int"


PTX_SYNTAX = {
    "start": lambda name: re.compile(r"^\.(visible )?\.entry %s\(" % name),
    "end": re.compile(r"^\}"),
    "block": re.compile(r"^(\$L__BB\d+_\d+:|// %bb\.\d+:)"),
    "classify": classify_ptx,
}
GCN_SYNTAX = {
    "start": lambda name: re.compile(r"^%s:" % name),
    "end": re.compile(r"^\s*s_endpgm"),
    "block": re.compile(r"^(\.LBB\d+_\d+:|; %bb\.\d+:)"),
    "classify": classify_gcn,
}
HEADER_LABEL = re.compile(r"^(?:\$L__|\.L)(BB\d+_\d+):")
PARENT_MARK = re.compile(r"Parent Loop (BB\d+_\d+) Depth=1")
MEMBER_MARK = re.compile(r"in Loop: Header=(BB\d+_\d+) Depth=1")
HEADER_MARK = re.compile(r"Loop Header: Depth=1")


def kernel_loops(asm, kernel, syntax):
    """The kernel's outermost loops: {header: (lines, nested)}, each with every basic block
    LLVM's comments place in it, wherever the block is laid out; blocks of a loop nested
    inside count with their outer loop and set nested."""
    lines = asm.splitlines()
    start = next((i for i, l in enumerate(lines) if syntax["start"](kernel).match(l)), None)
    if start is None:
        raise RuntimeError("kernel %s not found in the compiled code" % kernel)
    end = next(i for i in range(start, len(lines)) if syntax["end"].match(lines[i]))
    blocks, current = [], []
    for line in lines[start:end + 1]:
        if syntax["block"].match(line):
            blocks.append(current)
            current = []
        current.append(line)
    blocks.append(current)
    loops = {}
    for block in blocks:
        head = "\n".join(block[:4])
        label = HEADER_LABEL.match(block[0])
        parent = PARENT_MARK.search(head)
        member = MEMBER_MARK.search(head)
        if parent:
            header, nested = parent.group(1), True
        elif member:
            header, nested = member.group(1), False
        elif HEADER_MARK.search(head) and label:
            header, nested = label.group(1), False
        else:
            continue
        body, was_nested = loops.get(header, ([], False))
        loops[header] = (body + block, was_nested or nested)
    return loops


def dense_loop(asm, kernel, syntax):
    """The instructions of the kernel's one loop. Blocks on rarely taken paths (libclc's
    branchy f16 rounding) count too, as if some lane of every warp took them. A nested
    loop or a second loop (unrolling, versioning) would make the count ambiguous: an
    error."""
    loops = kernel_loops(asm, kernel, syntax)
    if len(loops) != 1 or any(nested for _, nested in loops.values()):
        raise RuntimeError("kernel %s has %d loops (or a nested one), not one" %
                           (kernel, len(loops)))
    return next(iter(loops.values()))[0]


UNCONDITIONAL = re.compile(r"^\s*(bra\.uni|s_branch)\s")


def same_as_library(asm, model_kernel, library_kernel, syntax):
    """Whether one of the library kernel's own loops has exactly the model loop's counted
    instructions: the appended kernel measures the library's loop, not a lookalike.
    Unconditional branches are left out of the comparison: the library's loop may end in
    a jump past its siblings, taken once on exit."""
    def counted(body):
        c = count([l for l in body if not UNCONDITIONAL.match(l)], syntax["classify"])
        return tuple(c.get(k, 0) for k in CATEGORIES)
    model_counts = counted(dense_loop(asm, model_kernel, syntax))
    return any(counted(body) == model_counts and not nested
               for body, nested in kernel_loops(asm, library_kernel, syntax).values())


def count(body, classify):
    counts = {}
    for line in body:
        c = classify(line)
        if c:
            counts[c] = counts.get(c, 0) + 1
    return counts
