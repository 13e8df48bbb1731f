import csv,glob,sys,statistics as st
# benchmed.py OUT: per library, case and dir: median ratio to copy and vs plain over runs
d=sys.argv[1]
for tag in ('old','new'):
    rows={}
    for f in sorted(glob.glob(f"{d}/{tag}-run*.csv")):
        for r in csv.DictReader(open(f)):
            rows.setdefault((r['case'],r['dir']),[]).append((float(r['ratio']),float(r['vs_plain'])))
    for k,v in rows.items():
        if not k[0].startswith('bias'): continue
        print(tag,k[0],k[1],"ratio %.3f vs_plain %.3f"%(st.median(x[0] for x in v),st.median(x[1] for x in v)),"per run vs_plain "+"/".join("%.2f"%x[1] for x in v))
