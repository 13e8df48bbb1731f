# block 18b0-18fc: 16 instructions
  0.00 18b0:	prefetcht0 (%rcx,%r12,1)
 10.61 18b5:	prefetcht0 (%rdx,%r12,1)
  0.00 18ba:	vmovaps (%rsi,%r12,1),%zmm0
 24.81 18c1:	vaddps (%rbx,%r12,1),%zmm0,%zmm0
  4.36 18c8:	vcmpnleps %zmm14,%zmm0,%k1
  2.84 18cf:	vmovaps %zmm0,%zmm0{%k1}{z}
  3.22 18d5:	vmulps %zmm0,%zmm10,%zmm0
  6.06 18db:	vmovntps %zmm0,(%rdi,%r12,1)
 41.67 18e2:	inc    %rax
  0.19 18e5:	add    $0x40,%rdi
  0.00 18e9:	add    $0x40,%rbx
  0.00 18ed:	add    $0x40,%rsi
  0.00 18f1:	add    $0x40,%rdx
  2.65 18f5:	add    $0x40,%rcx
  0.00 18f9:	cmp    %rax,%r15
  2.27 18fc:	jne    18b0 <nd_fused_walk+0x7c0>
