import csv,glob,sys,statistics as st,os
# med.py OUT TAG...: per tag, per case: median over rounds of the cpu median; ratios plain/bias
d=sys.argv[1]
for tag in sys.argv[2:]:
    vals={}
    for f in sorted(glob.glob(f"{d}/{tag}-r*.csv")):
        for row in csv.DictReader(open(f)):
            vals.setdefault(row['case'],[]).append(float(row['cpu_median_ms']))
    m={k:st.median(v) for k,v in vals.items()}
    line=f"{tag:8s} "+" ".join(f"{k}={m[k]:.2f}({'/'.join('%.2f'%x for x in vals[k])})" for k in m)
    if 'gelu_fwd' in m and 'bias_gelu_fwd' in m:
        line+=f"  ratio fwd {m['gelu_fwd']/m['bias_gelu_fwd']:.3f} bwd {m['gelu_bwd']/m['bias_gelu_bwd']:.3f}"
    print(line)
