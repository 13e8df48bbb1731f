# block 1870-18e0: 22 instructions
  0.00 1870:	prefetcht1 (%rcx,%r9,1)
 19.61 1875:	prefetcht1 (%rsi,%r9,1)
  6.02 187a:	vmovaps (%r11,%r9,1),%zmm0
 29.03 1881:	vmovaps (%rbx,%r9,1),%zmm1
 12.27 1888:	vaddps (%rdi,%r9,1),%zmm0,%zmm0
  1.10 188f:	vcmpltps %zmm0,%zmm14,%k1
  2.30 1896:	vmulps %zmm14,%zmm1,%zmm2
  1.31 189c:	vmovaps %zmm1,%zmm2{%k1}
  1.42 18a2:	vpaddd %zmm0,%zmm0,%zmm1
  0.11 18a8:	vpcmpnleud %zmm15,%zmm1,%k1
  0.66 18af:	vmovaps %zmm0,%zmm2{%k1}
  0.99 18b5:	vmulps %zmm2,%zmm10,%zmm0
  8.11 18bb:	vmovntps %zmm0,(%rdx,%r9,1)
 10.30 18c2:	inc    %rax
  0.77 18c5:	add    $0x40,%rdx
  0.00 18c9:	add    $0x40,%rbx
  0.66 18cd:	add    $0x40,%rdi
  0.00 18d1:	add    $0x40,%r11
  2.19 18d5:	add    $0x40,%rsi
  0.11 18d9:	add    $0x40,%rcx
  1.53 18dd:	cmp    %rax,%r13
  0.00 18e0:	jne    1870 <nd_fused_walk+0x700>
