import glob,csv,statistics as st,collections,sys,re
# per-run ratios to copy (copy_fwd / case for 1-in-1-out fwd; copy_bwd / case for bias_relu_bwd), medians over runs
R=collections.defaultdict(list)
for f in sorted(glob.glob(sys.argv[1]+'/*.csv')):
    V=re.sub(r'-r\d+\.csv$','',f.split('/')[-1])
    m={row['case']:float(row['cpu_median_ms']) for row in csv.DictReader(open(f))}
    if 'bias_relu_fwd' in m: R[(V,'fwd')].append(m['copy_fwd']/m['bias_relu_fwd'])
    if 'bias_relu_bwd' in m: R[(V,'bwd')].append(m['copy_bwd']/m['bias_relu_bwd'])
for k in sorted(R): print(k[0],k[1],'median %.3f'%st.median(R[k]),'runs',' '.join('%.2f'%x for x in R[k]))
