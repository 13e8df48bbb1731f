# block 6060-6075: 5 instructions
  0.29 6060:	vmovntps %zmm1,(%rsi,%rax,1)
  9.37 6067:	vmovntps %zmm0,(%rdi,%rax,1)
  4.44 606e:	add    $0x40,%rax
  0.00 6072:	inc    %rbx
  2.22 6075:	je     6106 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0xa86>
# block 607b-60d9: 16 instructions
  0.00 607b:	vucomiss %xmm7,%xmm6
  0.10 607f:	vmovaps (%r8,%rax,1),%zmm0
 23.86 6086:	vmovaps (%rdx,%rax,1),%zmm1
 22.03 608d:	vcmpnleps %zmm10,%zmm0,%k1
  1.16 6094:	vmovaps %zmm0,%zmm2{%k1}{z}
  0.00 609a:	vcmpltps %zmm0,%zmm10,%k1
  0.00 60a1:	vmulps %zmm10,%zmm1,%zmm3
  4.35 60a7:	vmovaps %zmm1,%zmm3{%k1}
  0.10 60ad:	vpaddd %zmm0,%zmm0,%zmm4
  0.00 60b3:	vpcmpnleud %zmm9,%zmm4,%k1
  0.10 60ba:	vmovaps %zmm0,%zmm3{%k1}
  0.29 60c0:	vmulps %zmm2,%zmm1,%zmm0
  1.35 60c6:	vmulps %zmm0,%zmm12,%zmm0
  2.03 60cc:	vmulps (%rcx,%rax,1),%zmm3,%zmm1
 22.22 60d3:	vmulps %zmm1,%zmm12,%zmm1
  4.93 60d9:	jne    60dd <_pocl_kernel_clact_gated_bwd_nd_workgroup+0xa5d>
# block 60db-60db: 1 instructions (no samples)
  0.00 60db:	jnp    6060 <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x9e0>
# block 60dd-6100: 7 instructions (no samples)
  0.00 60dd:	vfmadd231ps (%rsi,%rax,1),%zmm6,%zmm1
  0.00 60e4:	vmovntps %zmm1,(%rsi,%rax,1)
  0.00 60eb:	vfmadd231ps (%rdi,%rax,1),%zmm6,%zmm0
  0.00 60f2:	vmovntps %zmm0,(%rdi,%rax,1)
  0.00 60f9:	add    $0x40,%rax
  0.00 60fd:	inc    %rbx
  0.00 6100:	jne    607b <_pocl_kernel_clact_gated_bwd_nd_workgroup+0x9fb>
