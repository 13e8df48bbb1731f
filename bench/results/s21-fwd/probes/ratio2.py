import glob,csv,statistics as st,collections,sys,re
# ratio2.py DIR: per variant, copy_fwd / bias_relu_fwd (and copy_bwd / bias_relu_bwd) per run from the
# per-run medians (cpu_median_ms) and the per-run minima (cpu_min_ms); medians over runs
R=collections.defaultdict(list)
for f in sorted(glob.glob(sys.argv[1]+'/*.csv')):
    V=re.sub(r'-r\d+\.csv$','',f.split('/')[-1])
    rows={row['case']:row for row in csv.DictReader(open(f))}
    for k,(c,b) in {'fwd':('copy_fwd','bias_relu_fwd'),'bwd':('copy_bwd','bias_relu_bwd')}.items():
        if b in rows and c in rows:
            for m in ('cpu_median_ms','cpu_min_ms'):
                if m in rows[b]: R[(V,k,m[4:7])].append(float(rows[c][m])/float(rows[b][m]))
for k in sorted(R): print(k[0],k[1],k[2],'median %.3f'%st.median(R[k]),'runs',' '.join('%.2f'%x for x in R[k]))
