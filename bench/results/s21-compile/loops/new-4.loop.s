# block 4480-44cc: 16 instructions
  0.00 4480:	prefetcht0 (%rcx,%r13,1)
 16.79 4485:	prefetcht0 (%rdx,%r13,1)
 19.08 448a:	vmovaps (%rsi,%r13,1),%zmm0
 10.57 4491:	vcmpnleps %zmm7,%zmm0,%k1
  4.42 4498:	vmovaps %zmm0,%zmm0{%k1}{z}
  0.66 449e:	vmulps (%rbx,%r13,1),%zmm0,%zmm0
 14.99 44a5:	vmulps %zmm0,%zmm9,%zmm0
  1.88 44ab:	vmovntps %zmm0,(%rdi,%r13,1)
 22.60 44b2:	inc    %rax
  3.28 44b5:	add    $0x40,%rdi
  0.08 44b9:	add    $0x40,%rbx
  0.00 44bd:	add    $0x40,%rsi
  0.00 44c1:	add    $0x40,%rdx
  1.31 44c5:	add    $0x40,%rcx
  0.57 44c9:	cmp    %rax,%r12
  1.80 44cc:	jne    4480 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x7e0>
