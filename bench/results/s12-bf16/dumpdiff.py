import sys, struct
dt=sys.argv[1]
labels=[l.split(':')[0] for l in open('bn_%s.txt'%dt) if ' of 65536' in l]
a=open('dump_old_%s'%dt,'rb').read(); b=open('dump_new_%s'%dt,'rb').read()
N=65536
inf = 0x7c00 if dt=='f16' else 0x7f80
ninf = inf|0x8000
def val(u):
    if dt=='bf16': return struct.unpack('f', struct.pack('I', u<<16))[0]
    return struct.unpack('e', struct.pack('H', u))[0]
for i,l in enumerate(labels):
    A=struct.unpack('%dH'%N, a[i*2*N:(i+1)*2*N]); B=struct.unpack('%dH'%N, b[i*2*N:(i+1)*2*N])
    d=[j for j in range(N) if A[j]!=B[j]]
    if d:
        extra = ' +inf: %04x->%04x, -inf: %04x->%04x'%(A[inf],B[inf],A[ninf],B[ninf])
        ex = ', '.join('x=%g dy=%g: %g->%g'%(val(j), val(N-1-j), val(A[j]), val(B[j])) for j in d[:3])
        print('%s: %d of %d differ;%s; e.g. %s'%(l,len(d),N,extra,ex))
