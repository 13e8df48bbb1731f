import glob,csv,statistics as st,collections,sys,re
d=collections.defaultdict(list)
for f in glob.glob(sys.argv[1]+'/*.csv'):
    V=re.sub(r'-r\d+\.csv$','',f.split('/')[-1])
    for row in csv.DictReader(open(f)): d[(V,row['case'])].append(float(row['cpu_median_ms']))
vs=sorted(set(k[0] for k in d)); cs=[]
for k in d:
    if k[1] not in cs: cs.append(k[1])
print('variant,'+','.join(cs)+',fwd_ratio,bwd_ratio,n')
for V in vs:
    m={c:st.median(d[(V,c)]) for c in cs}
    print(V+','+','.join('%.3f'%m[c] for c in cs)+',%.3f,%.3f,%d'%(m['copy_fwd']/m['bias_relu_fwd'], m['copy_bwd']/m['bias_relu_bwd'],len(d[(V,cs[0])])))
