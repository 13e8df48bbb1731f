# kinds.py LOOP.s...: a loop's instructions by kind (prefetch, separate vector loads, stores,
# pointer and loop scalar instructions, beta's test; the rest arithmetic, folded memory
# operands included)
import re, sys
for f in sys.argv[1:]:
    L = [l.split('\t', 2)[-1].strip() for l in open(f)]
    cat = {'prefetch': 0, 'load': 0, 'store': 0, 'ptr/loop': 0, 'beta': 0}
    ar = 0
    for i in L:
        if i.startswith('prefetch'): cat['prefetch'] += 1
        elif re.match(r'(vmovaps|vmovups|vcvtph2ps) +\(%r\w+,%r\w+,1\),%zmm', i): cat['load'] += 1
        elif re.match(r'(vmovaps|vmovups) +%zmm\d+,\(%r\w+,%r\w+,1\)', i) or i.startswith('vcvtps2ph'): cat['store'] += 1
        elif re.match(r'(mov|add|inc|dec|cmp|j\w+|lea) ', i) and 'zmm' not in i: cat['ptr/loop'] += 1
        elif i.startswith('vucomiss'): cat['beta'] += 1
        else: ar += 1
    print(f, len(L), cat, 'arithmetic', ar)
