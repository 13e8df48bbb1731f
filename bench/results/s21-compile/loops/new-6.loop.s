# block 42d0-431c: 16 instructions
  0.00 42d0:	prefetcht0 (%rcx,%r13,1)
  7.85 42d5:	prefetcht0 (%rdx,%r13,1)
  0.80 42da:	vmovaps (%rsi,%r13,1),%zmm0
 36.54 42e1:	vaddps (%rbx,%r13,1),%zmm0,%zmm0
  4.97 42e8:	vcmpnleps %zmm13,%zmm0,%k1
  5.13 42ef:	vmovaps %zmm0,%zmm0{%k1}{z}
  2.08 42f5:	vmulps %zmm0,%zmm9,%zmm0
  7.85 42fb:	vmovntps %zmm0,(%rdi,%r13,1)
 27.56 4302:	inc    %rax
  0.32 4305:	add    $0x40,%rdi
  0.00 4309:	add    $0x40,%rbx
  0.00 430d:	add    $0x40,%rsi
  0.00 4311:	add    $0x40,%rdx
  2.24 4315:	add    $0x40,%rcx
  0.80 4319:	cmp    %rax,%r12
  2.56 431c:	jne    42d0 <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x7f0>
