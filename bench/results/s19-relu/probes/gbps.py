import csv,glob,statistics as st,sys
# gbps.py DIR: medians over runs of each gated row's GB/s and of the copy's GB/s, base vs new
d=sys.argv[1]; res={}
for tag in ('base','new'):
    for f in sorted(glob.glob(f'{d}/{tag}-r*.csv')):
        for r in csv.DictReader(open(f)):
            res.setdefault((r['case'],r['dir']),{}).setdefault(tag,[]).append(float(r['gbps']))
            res.setdefault(('copy',r['dir']),{}).setdefault(tag,[])
        res[('copy','-')]=res.get(('copy','-'),{})
        res[('copy','-')].setdefault(tag,[]).append(float(r['copy_gbps']))
print('| case | dir | base GB/s | new GB/s | new/base |'); print('|---|---|---:|---:|---:|')
for k,v in res.items():
    if 'base' in v and v['base']:
        b,n=st.median(v['base']),st.median(v['new'])
        print(f'| {k[0]} | {k[1]} | {b:.2f} | {n:.2f} | {n/b:.3f} |')
