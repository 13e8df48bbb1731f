# summary.py RUNDIR: per spec and tag, the median of the rounds' user+sys CPU seconds and
# wall seconds (runs.csv), and the medians of the per-program phases (*.split)
import csv, glob, statistics as st, sys, collections
d = sys.argv[1]
rows = list(csv.DictReader(open(f'{d}/runs.csv')))
cpu = collections.defaultdict(list); wall = collections.defaultdict(list); load = collections.defaultdict(list)
for r in rows:
    k = (r['spec'], r['tag'])
    cpu[k].append(float(r['user_s']) + float(r['sys_s'])); wall[k].append(float(r['wall_s'])); load[k].append(r['load1'])
ph = collections.defaultdict(lambda: collections.defaultdict(list))
for f in glob.glob(f'{d}/*.split'):
    name = f.split('/')[-1].rsplit('-r', 1)[0]
    for line in open(f):
        k, *v = line.strip().split(',')
        ph[name][k] += [float(x) for x in v if x]
print('spec,tag,cpu_s_median,cpu_s_runs,wall_s_median,load1,front_end_s_med,wg_func_gen_s_med,x86_codegen_s_med')
for (spec, tag) in sorted(cpu):
    n = spec.replace(':', '-') + '-' + tag
    p = ph[n]
    med = lambda k: f"{st.median(p[k]):.2f}" if p[k] else ''
    print(f"{spec},{tag},{st.median(cpu[(spec, tag)]):.2f},{'/'.join(f'{x:.2f}' for x in cpu[(spec, tag)])},"
          f"{st.median(wall[(spec, tag)]):.2f},{'/'.join(load[(spec, tag)])},{med('front_end_s')},{med('wg_func_gen_s')},{med('x86_codegen_s')}")
