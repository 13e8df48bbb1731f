import sys,csv,glob,statistics as st,os
d=sys.argv[1]; tags=sys.argv[2:]
data={}
for t in tags:
    for f in sorted(glob.glob(f"{d}/{t}-r*.csv")):
        for row in csv.DictReader(open(f)):
            data.setdefault(row['case'],{}).setdefault(t,[]).append(float(row['cpu_median_ms']))
pairs={'reglu_fwd':'copy_bwd','reglu_bwd':'copy_bwd*5/3','bias_relu_fwd':'copy_fwd','bias_relu_bwd':'copy_bwd',
 'swiglu_fwd':'swish_fwd','swiglu_bwd':'swish_bwd','bias_gelu_fwd':'gelu_fwd','bias_gelu_bwd':'gelu_bwd',
 'swiglu_halves_fwd':'swish_fwd','swiglu_halves_bwd':'swish_bwd','reglu_fwd_sep':'copy_bwd','reglu_bwd_sep':'copy_bwd*5/3'}
print("case,"+",".join(f"{t}_cpu_ms_median,{t}_runs" for t in tags)+","+",".join(f"{t}_ratio" for t in tags)+",ref")
for c,v in data.items():
    meds={t:st.median(v[t]) for t in tags if t in v}
    ref=pairs.get(c); rat=[]
    for t in tags:
        if ref and t in meds:
            base=ref.split('*')[0]; k=5/3 if '*' in ref else 1
            if base in data and t in data[base]:
                rat.append(f"{st.median(data[base][t])*k/meds[t]:.3f}")
            else: rat.append("")
        else: rat.append("")
    print(c+","+",".join(f"{meds.get(t,0):.3f},{'/'.join(f'{x:.2f}' for x in v.get(t,[]))}" for t in tags)+","+",".join(rat)+f",{ref or ''}")
