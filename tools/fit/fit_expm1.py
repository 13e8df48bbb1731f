import math
L=math.log(2)/2+1e-4
def Q(r):
    if abs(r)<1e-5: return 0.5+r/6+r*r/24
    return (math.expm1(r)-r)/(r*r)
def fit(deg):
    n=deg+1
    nodes=[L*math.cos(math.pi*(k+0.5)/n) for k in range(n)]
    # solve Vandermonde for monomial coeffs
    A=[[x**j for j in range(n)] for x in nodes]; b=[Q(x) for x in nodes]
    # gaussian elimination
    for i in range(n):
        p=max(range(i,n),key=lambda r:abs(A[r][i])); A[i],A[p]=A[p],A[i]; b[i],b[p]=b[p],b[i]
        for r in range(i+1,n):
            f=A[r][i]/A[i][i]
            for c in range(i,n): A[r][c]-=f*A[i][c]
            b[r]-=f*b[i]
    c=[0]*n
    for i in reversed(range(n)):
        c[i]=(b[i]-sum(A[i][j]*c[j] for j in range(i+1,n)))/A[i][i]
    return c
import struct
f32=lambda x: struct.unpack('f',struct.pack('f',x))[0]
for deg in (4,5,6):
    c=fit(deg); cf=[f32(x) for x in c]
    worst=0
    for i in range(-2000,2001):
        r=L*i/2000
        q=0
        for a in reversed(cf): q=q*r+a
        t=r+r*r*q
        ex=math.expm1(r)
        if ex!=0: worst=max(worst,abs(t-ex)/abs(ex))
    print(deg, worst/2**-24, ["%.9e"%x for x in cf])
