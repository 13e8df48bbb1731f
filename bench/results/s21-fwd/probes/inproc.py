import glob,csv,statistics as st,collections,re,sys
# inproc.py DIR: per variant (file name less -rN.csv), the kernel's and the in-process C loops'
# bias + relu forward against the kernel's copy (copy_fwd ms / case ms), per-run medians and
# minima; medians over runs
R=collections.defaultdict(list)
for f in sorted(glob.glob(sys.argv[1]+'/*.csv')):
    V=re.sub(r'-r\d+\.csv$','',f.split('/')[-1])
    rows={r['case']:r for r in csv.DictReader(open(f))}
    for m in ('cpu_median_ms','cpu_min_ms'):
        for b in ('bias_relu_fwd','c_copy_fwd','c_bias_relu_fwd','c_bias_relu_fwd_nobpf','c_bias_relu_fwd_nobpf_tight','c_bias_hint','bias_relu_bwd'):
            c='copy_bwd' if b.endswith('bwd') else 'copy_fwd'
            if b in rows and c in rows: R[(V,b,m[4:7])].append(float(rows[c][m])/float(rows[b][m]))
for k in sorted(R): print('%-14s %-22s %s median %.3f  %s'%(k[0],k[1],k[2],st.median(R[k]),' '.join('%.2f'%x for x in R[k])))
