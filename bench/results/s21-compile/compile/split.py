# split.py LOG: per program, from PoCL's POCL_DEBUG=all log: front end (clBuildProgram:
# "building program with options" to "Writing program.bc"), work-group function generation
# (llvm_workgroup_ir_func_gen: PoCL's passes and LLVM's optimisation of the work-group
# functions), the object file's generation ("Generating an object file" to "written"), and
# llvm_codegen's whole (which also counts waits for PoCL's LLVM lock)
import re, sys
from datetime import datetime
def ts(l):
    m = re.match(r'\[(\S+ \S+?)(\d{3})\d*\]', l)
    return datetime.strptime(m.group(1) + m.group(2), '%Y-%m-%d %H:%M:%S.%f').timestamp() if m else None
lines = open(sys.argv[1]).read().split('\n')
last_ts, start, out, wg = None, None, [], []
for i, l in enumerate(lines):
    t = ts(l)
    if t: last_ts = t
    if 'building program with options' in l: start = last_ts
    if 'Writing program.bc' in l and start is not None:
        out.append(('build', last_ts - start)); start = None
    if 'Generating an object file directly' in l: obj0 = last_ts
    if re.search(r'written .*\.so\.o size', l): out.append(('x86', last_ts - obj0))
    m = re.search(r'>>>\s+([\d.]+)\s+s\s+API: (\w+)', l)
    if m: out.append((m.group(2), float(m.group(1))))
fe = [v for k, v in out if k == 'build']
wgf = [v for k, v in out if k == 'llvm_workgroup_ir_func_gen']
cg = [v for k, v in out if k == 'llvm_codegen']
print('front_end_s,' + ','.join(f'{v:.3f}' for v in fe))
print('wg_func_gen_s,' + ','.join(f'{v:.3f}' for v in wgf))
print('codegen_total_s,' + ','.join(f'{v:.3f}' for v in cg))
print('x86_codegen_s,' + ','.join(f'{v:.3f}' for k, v in out if k == 'x86'))
