import sys,csv,glob,statistics as st
d=sys.argv[1]; tags=sys.argv[2:]
rows={}
for t in tags:
    for f in sorted(glob.glob(f"{d}/gated-{t}-run*.csv")):
        for r in csv.DictReader(open(f)):
            k=(r['case'],r['dir']); rows.setdefault(k,{}).setdefault(t,[]).append((float(r['ratio']),float(r['vs_plain']),float(r['ms'])))
print("case,dir,"+",".join(f"{t}_ratio_median,{t}_ratio_runs,{t}_vs_plain_median,{t}_vs_plain_runs" for t in tags))
for k,v in rows.items():
    out=[k[0],k[1]]
    for t in tags:
        x=v.get(t,[])
        out+= [f"{st.median([a for a,_,_ in x]):.3f}", "/".join(f"{a:.2f}" for a,_,_ in x), f"{st.median([b for _,b,_ in x]):.3f}", "/".join(f"{b:.2f}" for _,b,_ in x)]
    print(",".join(out))
