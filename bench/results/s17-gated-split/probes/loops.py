#!/usr/bin/env python3
"""loops.py SO FUNC: the loops (backward branches) of FUNC in SO: start-end, instructions,
stack operands (rsp/rbp), calls."""
import re, subprocess, sys
so, func = sys.argv[1], sys.argv[2]
dis = subprocess.run(['objdump', '-d', '--no-show-raw-insn', so], capture_output=True, text=True).stdout
body, on = [], False
for l in dis.splitlines():
    if re.match(r'^[0-9a-f]+ <', l):
        on = l.endswith('<%s>:' % func)
        continue
    if on and re.match(r'\s+[0-9a-f]+:\t', l):
        body.append(l)
addr = [int(l.split(':')[0], 16) for l in body]
for i, l in enumerate(body):
    m = re.search(r'\tj\w+\s+([0-9a-f]+) <', l)
    if m and int(m.group(1), 16) <= addr[i]:
        t = int(m.group(1), 16)
        ins = [x for x, a in zip(body, addr) if t <= a <= addr[i]]
        st = sum(1 for x in ins if re.search(r'\((%rsp|%rbp)', x))
        calls = sum(1 for x in ins if '\tcall' in x)
        print('%x-%x %3d instr, %2d stack, %d calls, align %d' % (t, addr[i], len(ins), st, calls, t % 64))
if len(sys.argv) > 3:  # dump each loop's body to PREFIX.N.s
    n = 0
    for i, l in enumerate(body):
        m = re.search(r'\tj\w+\s+([0-9a-f]+) <', l)
        if m and int(m.group(1), 16) <= addr[i]:
            t = int(m.group(1), 16)
            ins = [x for x, a in zip(body, addr) if t <= a <= addr[i]]
            if len(ins) > 30:
                open('%s.%d.s' % (sys.argv[3], n), 'w').write('\n'.join(ins) + '\n'); n += 1
