# block 8100-814c: 16 instructions
  0.00 8100:	prefetcht0 (%rcx,%r12,1)
 15.85 8105:	prefetcht0 (%rdx,%r12,1)
  0.41 810a:	vmovaps (%rsi,%r12,1),%zmm0
 19.11 8111:	vaddps (%rbx,%r12,1),%zmm0,%zmm0
  3.46 8118:	vcmpnleps %zmm11,%zmm0,%k1
  2.64 811f:	vmovaps %zmm0,%zmm0{%k1}{z}
  1.83 8125:	vmulps %zmm0,%zmm26,%zmm0
  5.08 812b:	vmovntps %zmm0,(%rdi,%r12,1)
 43.70 8132:	inc    %rax
  0.00 8135:	add    $0x40,%rdi
  0.00 8139:	add    $0x40,%rbx
  0.00 813d:	add    $0x40,%rsi
  0.00 8141:	add    $0x40,%rdx
  2.44 8145:	add    $0x40,%rcx
  0.20 8149:	cmp    %rax,%r15
  3.05 814c:	jne    8100 <_pocl_kernel_clact_bias_fwd_nd_workgroup+0x3440>
