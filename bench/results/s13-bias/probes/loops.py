import re,sys
# loops.py ANN: the hottest loop of a perf annotate listing: [target, branch] of a backward
# branch, with its samples and its instruction count (static, one pass)
rows=[]
for l in open(sys.argv[1]):
    m=re.match(r'\s*([\d.]+)\s*:\s*([0-9a-f]+):\s*(.*)',l)
    if m: rows.append((float(m.group(1)),int(m.group(2),16),m.group(3)))
addr=[r[1] for r in rows]
best=[]
for i,(p,a,ins) in enumerate(rows):
    m=re.match(r'(j\w+)\s+([0-9a-f]+)\s',ins)
    if m and int(m.group(2),16)<a:
        t=int(m.group(2),16)
        inside=[r for r in rows if t<=r[1]<=a]
        best.append((sum(r[0] for r in inside),len(inside),hex(t),hex(a)))
best=[b for b in best if b[0]>40]; best.sort(key=lambda b:b[1])
for b in best[:4]: print("%.1f%% samples, %d instructions, %s-%s"%b)
