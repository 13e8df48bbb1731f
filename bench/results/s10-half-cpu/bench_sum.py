import csv,statistics as st,collections,sys
d=collections.defaultdict(list)
for r in csv.reader(open(sys.argv[1])):
    if r[2]=='device': continue
    v,k,dev,op,di,dt,n,ms=r[:8]
    d[(op,di,dt,v)].append(float(ms))
ops=[]
for (op,di,dt,v) in d:
    if (op,di) not in ops: ops.append((op,di))
print("| op | dir | f32 ms old / new runs | f16 ms old (runs) | f16 ms new (runs) | f32/f16 old | f32/f16 new |")
print("|---|---|---|---|---|---:|---:|")
for op,di in ops:
    f32o=d[(op,di,'f32','old')]; f32n=d[(op,di,'f32','new')]; o=d[(op,di,'f16','old')]; n=d[(op,di,'f16','new')]
    if not (f32o and f32n and o and n): continue
    print("| %s | %s | %s / %s | %.2f (%s) | %.2f (%s) | %.2f | %.2f |"%(op,di,' '.join('%.1f'%x for x in f32o),' '.join('%.1f'%x for x in f32n),st.median(o),' '.join('%.1f'%x for x in o),st.median(n),' '.join('%.1f'%x for x in n),st.median(f32o)/st.median(o),st.median(f32n)/st.median(n)))
