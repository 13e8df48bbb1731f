# block 89d0-8a40: 22 instructions
  0.00 89d0:	prefetcht1 (%rcx,%r9,1)
 14.93 89d5:	prefetcht1 (%rsi,%r9,1)
  5.14 89da:	vmovaps (%r11,%r9,1),%zmm0
 27.85 89e1:	vmovaps (%rbx,%r9,1),%zmm1
 18.82 89e8:	vaddps (%rdi,%r9,1),%zmm0,%zmm0
  1.63 89ef:	vcmpltps %zmm0,%zmm11,%k1
  4.14 89f6:	vmulps %zmm11,%zmm1,%zmm2
  1.88 89fc:	vmovaps %zmm1,%zmm2{%k1}
  0.50 8a02:	vpaddd %zmm0,%zmm0,%zmm1
  0.25 8a08:	vpcmpnleud %zmm12,%zmm1,%k1
  0.50 8a0f:	vmovaps %zmm0,%zmm2{%k1}
  0.88 8a15:	vmulps %zmm2,%zmm30,%zmm0
  5.14 8a1b:	vmovntps %zmm0,(%rdx,%r9,1)
 12.42 8a22:	inc    %rax
  0.00 8a25:	add    $0x40,%rdx
  0.00 8a29:	add    $0x40,%rbx
  0.00 8a2d:	add    $0x40,%rdi
  0.13 8a31:	add    $0x40,%r11
  0.38 8a35:	add    $0x40,%rsi
  3.51 8a39:	add    $0x40,%rcx
  0.13 8a3d:	cmp    %rax,%r12
  0.00 8a40:	jne    89d0 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x3860>
