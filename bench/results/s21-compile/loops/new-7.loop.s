# block 4aa0-4b10: 22 instructions
  0.00 4aa0:	prefetcht1 (%rcx,%r9,1)
 10.93 4aa5:	prefetcht1 (%rsi,%r9,1)
  9.41 4aaa:	vmovaps (%r11,%r9,1),%zmm0
 30.01 4ab1:	vmovaps (%rbx,%r9,1),%zmm1
 20.06 4ab8:	vaddps (%rdi,%r9,1),%zmm0,%zmm0
  0.97 4abf:	vcmpltps %zmm0,%zmm13,%k1
  4.15 4ac6:	vmulps %zmm13,%zmm1,%zmm2
  0.97 4acc:	vmovaps %zmm1,%zmm2{%k1}
  0.83 4ad2:	vpaddd %zmm0,%zmm0,%zmm1
  0.00 4ad8:	vpcmpnleud %zmm14,%zmm1,%k1
  0.69 4adf:	vmovaps %zmm0,%zmm2{%k1}
  1.38 4ae5:	vmulps %zmm2,%zmm9,%zmm0
  6.92 4aeb:	vmovntps %zmm0,(%rdx,%r9,1)
  7.05 4af2:	inc    %rax
  0.55 4af5:	add    $0x40,%rdx
  0.00 4af9:	add    $0x40,%rbx
  0.00 4afd:	add    $0x40,%rdi
  0.14 4b01:	add    $0x40,%r11
  0.00 4b05:	add    $0x40,%rsi
  2.63 4b09:	add    $0x40,%rcx
  0.28 4b0d:	cmp    %rax,%r13
  0.00 4b10:	jne    4aa0 <_pocl_kernel_clact_bias_bwd_nd_workgroup+0x930>
