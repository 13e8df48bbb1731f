import csv,statistics as st,collections,sys
d=collections.defaultdict(list)
for f in sys.argv[1:]:
  for r in csv.reader(open(f)):
    d[(r[0],r[1],r[2],r[3])].append((float(r[5]),float(r[6])))
for k,v in d.items(): print(','.join(k), 'cpu med %.3f'%st.median([a for a,b in v]), 'wall med %.3f'%st.median([b for a,b in v]), 'cpu', ' '.join('%.3f'%a for a,b in v))
