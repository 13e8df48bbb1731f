import csv,sys,statistics as st
from collections import defaultdict
for f in sys.argv[1:]:
    d=defaultdict(list); w=defaultdict(list)
    for r in csv.DictReader(open(f)):
        d[(r['op'],r['dir'],r['who'])].append(float(r['cpu_ns_per_elem']))
        w[(r['op'],r['dir'],r['who'])].append(float(r['wall_ns_per_elem']))
    print(f)
    print("op,dir,clact_cpu_med,onednn_cpu_med,clact_over_onednn_speed(cpu),per_round_ratios,clact_wall_med,onednn_wall_med")
    seen=[]
    for (op,di,who) in d:
        if (op,di) in seen: continue
        seen.append((op,di))
        c=d[(op,di,'clact')]; o=d[(op,di,'onednn')]
        ratios=[b/a for a,b in zip(c,o)]
        print("%s,%s,%.4f,%.4f,%.3f,%s,%.4f,%.4f"%(op,di,st.median(c),st.median(o),st.median(o)/st.median(c),
              " ".join("%.2f"%x for x in ratios),st.median(w[(op,di,'clact')]),st.median(w[(op,di,'onednn')])))
