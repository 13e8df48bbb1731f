# block 19f0-1a3c: 16 instructions
  0.00 19f0:	prefetcht0 (%rcx,%r13,1)
 12.11 19f5:	prefetcht0 (%rdx,%r13,1)
 16.32 19fa:	vmovaps (%rsi,%r13,1),%zmm0
  4.33 1a01:	vcmpnleps %zmm9,%zmm0,%k1
  0.74 1a08:	vmovaps %zmm0,%zmm0{%k1}{z}
  2.35 1a0e:	vmulps (%rbx,%r13,1),%zmm0,%zmm0
 11.87 1a15:	vmulps %zmm0,%zmm4,%zmm0
  3.46 1a1b:	vmovntps %zmm0,(%rdi,%r13,1)
 44.00 1a22:	inc    %rax
  1.36 1a25:	add    $0x40,%rdi
  0.00 1a29:	add    $0x40,%rbx
  0.12 1a2d:	add    $0x40,%rsi
  0.00 1a31:	add    $0x40,%rdx
  0.37 1a35:	add    $0x40,%rcx
  0.12 1a39:	cmp    %rax,%r12
  1.98 1a3c:	jne    19f0 <nd_fused_walk+0x790>
