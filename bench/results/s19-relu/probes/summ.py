import csv,glob,sys,statistics as st
# summ.py DIR [col]: medians over rounds of each case's per-round median (col: cpu_median_ms default),
# base vs new, and each gated case's ratio to the copy of the same bytes (copy time x bytes / call time)
d=sys.argv[1]; col=sys.argv[2] if len(sys.argv)>2 else 'cpu_median_ms'
ref={'reglu_fwd':('copy_bwd',1.0),'reglu_bwd':('copy_bwd',5/3),'bias_relu_fwd':('copy_fwd',1.0),
     'bias_relu_bwd':('copy_bwd',1.0),'relu_fwd':('copy_fwd',1.0),'relu_bwd':('copy_bwd',1.0)}
res={}
for tag in ('base','new'):
    per={}
    for f in sorted(glob.glob(f'{d}/{tag}-r*.csv')):
        for row in csv.DictReader(open(f)):
            per.setdefault(row['case'],[]).append(float(row[col]))
    res[tag]=per
print(f'| case | base ms | new ms | new/base | base ratio to copy (per round) | new ratio to copy |')
print('|---|---:|---:|---:|---|---:|')
for c in res['base']:
    b=res['base'][c]; n=res['new'].get(c,[])
    mb,mn=st.median(b),st.median(n)
    def ratio(tag,vals):
        if c not in ref: return ''
        cc,k=ref[c]; cp=res[tag][cc]
        rs=[cp[i]*k/vals[i] for i in range(len(vals))]
        return f'{st.median(rs):.3f} ({" / ".join(f"{r:.2f}" for r in rs)})'
    print(f'| {c} | {mb:.3f} | {mn:.3f} | {mn/mb:.3f} | {ratio("base",b)} | {ratio("new",n)} |')
