# block 7ed0-7f1c: 16 instructions
  0.00 7ed0:	prefetcht0 (%rcx,%r12,1)
 13.68 7ed5:	prefetcht0 (%rdx,%r12,1)
 26.06 7eda:	vmovaps (%rsi,%r12,1),%zmm0
  2.95 7ee1:	vcmpnleps %zmm5,%zmm0,%k1
  0.47 7ee8:	vmovaps %zmm0,%zmm0{%k1}{z}
  3.07 7eee:	vmulps (%rbx,%r12,1),%zmm0,%zmm0
 11.44 7ef5:	vmulps %zmm0,%zmm7,%zmm0
  2.00 7efb:	vmovntps %zmm0,(%rdi,%r12,1)
 34.91 7f02:	inc    %rax
  0.94 7f05:	add    $0x40,%rdi
  0.00 7f09:	add    $0x40,%rbx
  0.00 7f0d:	add    $0x40,%rsi
  0.00 7f11:	add    $0x40,%rdx
  0.94 7f15:	add    $0x40,%rcx
  0.00 7f19:	cmp    %rax,%r15
  2.00 7f1c:	jne    7ed0 <_pocl_kernel_clact_gated_fwd_nd_workgroup+0x32c0>
