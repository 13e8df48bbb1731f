import sys,struct
# dumpdiff.py BASE NEW DTYPE: outputs that differ, NaN-to-NaN changes counted apart
b=open(sys.argv[1],'rb').read(); n=open(sys.argv[2],'rb').read(); dt=sys.argv[3]
def isnan(u):
    return (u&0x7c00)==0x7c00 and (u&0x3ff) if dt=='f16' else (u&0x7f80)==0x7f80 and (u&0x7f)
bu=struct.unpack('<%dH'%(len(b)//2),b); nu=struct.unpack('<%dH'%(len(n)//2),n)
vals=[];nans=0
for i,(x,y) in enumerate(zip(bu,nu)):
    if x!=y:
        if isnan(x) and isnan(y): nans+=1
        else: vals.append((i,hex(x),hex(y)))
print(sys.argv[2], 'differing values', len(vals), 'NaN->NaN', nans, vals[:5])
