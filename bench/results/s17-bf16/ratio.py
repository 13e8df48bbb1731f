import csv,sys,statistics as st
# args: csv files of one build; prints per (op,dir) f32 ms / dtype ms per run and median
runs=[list(csv.DictReader(open(f))) for f in sys.argv[1:]]
keys=[]
for r in runs[0]:
    k=(r['op'],r['dir'])
    if k not in keys: keys.append(k)
for k in keys:
    out=[]
    for dt in ('f16','bf16'):
        rs=[]
        for run in runs:
            ms={r['dtype']:float(r['ms']) for r in run if (r['op'],r['dir'])==k}
            rs.append(ms['f32']/ms[dt])
        out.append('%s %.2f [%s]'%(dt,st.median(rs),' '.join('%.2f'%x for x in rs)))
    print('%-9s %s  '%k, '  '.join(out))
